/**
 * «Data per»: the date the site's content was last checked against its sources, and where that
 * date comes from (pure). It is content, not code: the latest `kontrollert` date an editor has
 * set on a source document (content/kilder/*.yaml). Without any, it falls back to the newest
 * source document's own date, and says so.
 */
import type { Collections } from '../loading/index.ts';

export interface DataPer {
  /** The date (YYYY-MM-DD, or YYYY-MM / YYYY for a document date); null without any source. */
  dato: string | null;
  /** `kontrollert`: set by the editor; `dokumentdato`: the newest document's own date. */
  grunnlag: 'kontrollert' | 'dokumentdato' | 'ukjent';
  /** The source document the date is taken from (id in `kilder`). */
  kilde: string | null;
  kildeTittel: string | null;
  /** Where it comes from, in words, for the page. */
  forklaring: string;
}

export function dataPer(c: Pick<Collections, 'kilder'>): DataPer {
  const newest = (pick: (k: Collections['kilder'][number]) => string | null | undefined) =>
    c.kilder
      .map((k) => ({ k, d: pick(k) }))
      .filter((x): x is { k: Collections['kilder'][number]; d: string } => !!x.d)
      .sort((a, b) => b.d.localeCompare(a.d) || a.k.id.localeCompare(b.k.id))[0];
  const kontrollert = newest((k) => k.data.kontrollert);
  if (kontrollert)
    return {
      dato: kontrollert.d,
      grunnlag: 'kontrollert',
      kilde: kontrollert.k.id,
      kildeTittel: kontrollert.k.data.tittel,
      forklaring: `Sist kontrollert mot kildene: «${kontrollert.k.data.tittel}» (feltet kontrollert i content/kilder/${kontrollert.k.id}.yaml).`,
    };
  const dokument = newest((k) => k.data.dato);
  if (dokument)
    return {
      dato: dokument.d,
      grunnlag: 'dokumentdato',
      kilde: dokument.k.id,
      kildeTittel: dokument.k.data.tittel,
      forklaring: `Ingen kilde er merket som kontrollert; datoen er datoen til det nyeste kildedokumentet, «${dokument.k.data.tittel}».`,
    };
  return {
    dato: null,
    grunnlag: 'ukjent',
    kilde: null,
    kildeTittel: null,
    forklaring: 'Ingen kilde har dato.',
  };
}
