/** Site-wide facts that are not content. */

/** The date the content was last checked against its sources («data per»). */
export const DATA_PER = '2026-11-23';
