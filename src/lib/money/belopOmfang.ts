/**
 * What an amount shown for a tiltak covers. A tiltak can have money from several sources
 * (Møteplasser in Indre Namdal 2026: 600 000 kr in all, of which 100 000 kr bygdevekstmidler),
 * so a bare «600 000 kr» beside a bare «100 000 kr» elsewhere reads as a contradiction. Every
 * table heading, search snippet and export column that shows a tiltak's money takes its words
 * from here, so the same figure is labelled the same way everywhere.
 */
import {
  isBygdevekstmidler,
  statedAmount,
  sumFunding,
  type FundingLine,
  type TiltakEntry,
} from './budget.ts';
import { formatKroner } from '../format.ts';

export type BelopOmfang = 'alle' | 'bygdevekstmidler' | 'andre';

export const BELOP_OMFANG: readonly {
  id: BelopOmfang;
  /** Column heading in tables. */
  overskrift: string;
  /** After an amount in running text: «600 000 kr (alle kilder)». */
  etter: string;
  /** Column name in CSV and JSON exports (ASCII, stable). */
  kolonne: string;
  /** One sentence for legends and the open-data documentation. */
  forklaring: string;
}[] = [
  {
    id: 'alle',
    overskrift: 'Alle kilder',
    etter: 'alle kilder',
    kolonne: 'belopAlleKilder',
    forklaring:
      'Summen av alle beløpene planen oppgir for tiltaket: bygdevekstmidler, kommunal egenandel, fylkeskommunen, Statsforvalteren, andre tilskudd og annet.',
  },
  {
    id: 'bygdevekstmidler',
    overskrift: 'Bygdevekstmidler',
    etter: 'bygdevekstmidler',
    kolonne: 'belopBygdevekstmidler',
    forklaring: 'Bare statens bygdevekstmidler (KDD, kap. 13.50 post 66) som planen setter av til tiltaket.',
  },
  {
    id: 'andre',
    overskrift: 'Andre kilder',
    etter: 'andre kilder enn bygdevekstmidler',
    kolonne: 'belopAndreKilder',
    forklaring: 'Alle oppgitte beløp som ikke er bygdevekstmidler.',
  },
];

export function omfang(id: BelopOmfang) {
  return BELOP_OMFANG.find((o) => o.id === id)!;
}

/** Column heading for an amount of this scope. */
export const belopOverskrift = (id: BelopOmfang): string => omfang(id).overskrift;

/**
 * An amount with what it covers: «600 000 kr (alle kilder)». Unknown stays unknown: null gives
 * «ikke oppgitt», never «0 kr».
 */
export function belopMedOmfang(belop: number | null, id: BelopOmfang): string {
  return belop === null ? 'ikke oppgitt' : `${formatKroner(belop)} (${omfang(id).etter})`;
}

const erAndre = (l: FundingLine) => !isBygdevekstmidler(l);

/** A tiltak's stated amounts in each scope; null where the plan states no amount of that scope. */
export function tiltakBelop(t: TiltakEntry): Record<BelopOmfang, number | null> {
  return {
    alle: statedAmount(sumFunding([t])),
    bygdevekstmidler: statedAmount(sumFunding([t], isBygdevekstmidler)),
    andre: statedAmount(sumFunding([t], erAndre)),
  };
}
