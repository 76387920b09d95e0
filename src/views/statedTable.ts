/** The order a printed budget table is shown in: the document's own, with subtotals where it puts them. */
import type { OppgittTabell } from '../schemas/handlingsplan.ts';

export type StatedLine =
  | { art: 'rad'; rad: OppgittTabell['rader'][number] }
  | { art: 'delsum'; delsum: OppgittTabell['delsummer'][number] };

export interface StatedTableRows {
  /** Whether any row has a printed number (then the table gets a «Nr.» column). */
  harNr: boolean;
  linjer: StatedLine[];
}

/**
 * Rows as printed; each stated subtotal right after the last row of its delmål (as the
 * documents place them), and any subtotal without rows of its delmål at the end.
 */
export function statedTableRows(tabell: OppgittTabell): StatedTableRows {
  const linjer: StatedLine[] = [];
  tabell.rader.forEach((rad, i) => {
    linjer.push({ art: 'rad', rad });
    const neste = tabell.rader[i + 1];
    if (rad.delmal !== null && neste?.delmal !== rad.delmal) {
      for (const delsum of tabell.delsummer.filter((d) => d.delmal === rad.delmal))
        linjer.push({ art: 'delsum', delsum });
    }
  });
  const plassert = new Set(linjer.flatMap((l) => (l.art === 'delsum' ? [l.delsum] : [])));
  for (const delsum of tabell.delsummer.filter((d) => !plassert.has(d)))
    linjer.push({ art: 'delsum', delsum });
  return { harNr: tabell.rader.some((r) => r.nr !== undefined), linjer };
}
