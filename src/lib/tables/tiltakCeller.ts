/**
 * The cells of one /tiltak/ row, as text and links: the one description of a row's markup, so the
 * rows the page renders at build time and the rows the script renders from the data chunks
 * (src/scripts/tiltakTabell.ts) are the same. Client-safe.
 */
import { BELOP_OMFANG } from '../money/client.ts';
import { formatKroner } from '../format.ts';
import type { TiltakRad } from './tiltakFilter.ts';

/** A run of text in a cell: a link when `href` is set, greyed when `svak` (an unknown). */
export interface CelleDel {
  tekst: string;
  href?: string;
  svak?: boolean;
}

export interface Celle {
  /** The column name, shown beside the value when the table stacks on a phone. */
  etikett: string;
  num?: boolean;
  /** The row's header cell (the tiltak's title). */
  radhode?: boolean;
  deler: CelleDel[];
}

/** «a, b, c» with each part a link; `skille` between them. */
const lenker = (xs: readonly { navn: string; url: string }[], skille: string): CelleDel[] =>
  xs.flatMap((x, i) => [...(i > 0 ? [{ tekst: skille }] : []), { tekst: x.navn, href: x.url }]);

export function tiltakCeller(r: TiltakRad): Celle[] {
  return [
    { etikett: 'Pilot', deler: [{ tekst: r.pilotNavn, href: r.pilotUrl }] },
    { etikett: 'Planår', deler: [{ tekst: String(r.planAar), href: r.planUrl }] },
    {
      etikett: 'Delmål',
      deler: [r.delmal === null ? { tekst: 'tverrgående', svak: true } : { tekst: String(r.delmal) }],
    },
    { etikett: 'Nr.', deler: [{ tekst: r.nr }] },
    { etikett: 'Tiltak', radhode: true, deler: [{ tekst: r.tittel, href: r.url }] },
    ...BELOP_OMFANG.map((o) => ({
      etikett: o.overskrift,
      num: true,
      deler: [r[o.id] === null ? { tekst: 'ikke oppgitt', svak: true } : { tekst: formatKroner(r[o.id]) }],
    })),
    {
      etikett: 'Navngitte givere',
      deler: r.givere.flatMap((g, i) => [
        ...(i > 0 ? [{ tekst: '; ' }] : []),
        { tekst: g.navn, href: g.url },
        { tekst: `: ${formatKroner(g.belop)}` },
      ]),
    },
    { etikett: 'Status', deler: [{ tekst: r.statusNavn }] },
    {
      etikett: 'Hovedansvarlig',
      deler:
        r.ansvarlige.length > 0
          ? lenker(r.ansvarlige, ', ')
          : [r.ansvarligTekst === null ? { tekst: 'ikke oppgitt', svak: true } : { tekst: r.ansvarligTekst }],
    },
    { etikett: 'Tema', deler: lenker(r.tema, ', ') },
  ];
}
