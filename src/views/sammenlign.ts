/** The comparison of pilots at /sammenlign/. */
import {
  perInhabitantChart,
  themeComparisonChart,
  sammenligning,
  type AmountSum,
} from '../lib/money/index.ts';
import { formatTall } from '../lib/format.ts';
import { urlFor } from '../lib/urls.ts';
import { AVTALE_STATUSER, navnFor } from '../schemas/vocabulary.ts';
import type { Site } from './site.ts';

/**
 * One pilot's cell: a figure in words (with a note after it, or as a link), an amount, or a gap
 * said in words. The gaps stay apart («–» no plan or no tiltak, «ikke oppgitt» the plan states no
 * figure, «ukjent», «ingen»), so a gap never reads as zero.
 */
export type SammenlignCelle = { pilot: string } & (
  { tekst: string; merknad?: string; href?: string } | { sum: AmountSum | null } | { ukjent: string }
);
export interface SammenlignRad {
  navn: string;
  href?: string;
  celler: SammenlignCelle[];
}

/** No plan (or no tiltak in a theme): nothing to compare. */
const INGEN = { ukjent: '–' };

export function sammenlignView(site: Site) {
  const s = sammenligning(site.c);
  const medPlan = s.piloter.filter((p) => p.plan !== null);
  type Pilot = (typeof s.piloter)[number];
  const diagrammer = [
    themeComparisonChart(
      medPlan.map((p) => ({ ...p, navn: p.pilot.data.navn })),
      s.tema.map((t) => ({ id: t.id, navn: t.data.navn })),
      { id: 'piloter-tema', tittel: 'Beløp ved tiltakene per tema og pilot (nyeste handlingsplan)' },
    ),
    perInhabitantChart(
      medPlan.map((p) => ({ ...p, navn: p.pilot.data.navn })),
      { id: 'piloter-per-innbygger', tittel: 'Kroner per innbygger (nyeste handlingsplan)' },
    ),
  ];
  const rad = (
    navn: string,
    celle: (p: Pilot) => Omit<SammenlignCelle, 'pilot'>,
    href?: string,
  ): SammenlignRad => ({
    navn,
    ...(href ? { href } : {}),
    celler: s.piloter.map((p) => ({ pilot: p.pilot.id, ...celle(p) }) as SammenlignCelle),
  });
  /** A figure from the newest plan: «–» without a plan. */
  const fraPlan = (p: Pilot, celle: Omit<SammenlignCelle, 'pilot'>) => (p.plan ? celle : INGEN);
  /** Kroner per innbygger: «ikke oppgitt» where the plan states no amount or the population is unknown. */
  const perInnbygger = (p: Pilot, kr: number | null) =>
    fraPlan(p, kr === null ? { ukjent: 'ikke oppgitt' } : { tekst: `${formatTall(kr)} kr` });
  /** Themes at least one pilot has tiltak under. */
  const brukteTema = s.tema.filter((t) => s.piloter.some((p) => p.perTema[t.id].antall > 0));
  return {
    navn: site.navn,
    diagrammer,
    ...s,
    antallMedPlan: medPlan.length,
    kolonner: s.piloter.map((p) => ({
      pilot: p.pilot.id,
      navn: p.pilot.data.navn,
      href: urlFor.pilot(p.pilot.id),
    })),
    /** The pilots in figures, one row per figure. */
    oversikt: [
      rad('Grunnlag for pengene', (p) => (p.grunnlag ? { tekst: p.grunnlag.tekst } : INGEN)),
      rad('Fylke', (p) => ({ tekst: p.pilot.data.fylke })),
      rad('Kommuner', (p) => ({ tekst: String(p.antallKommuner) })),
      rad('Innbyggere', (p) =>
        p.folketall === null
          ? { ukjent: 'ukjent' }
          : { tekst: formatTall(p.folketall), merknad: `(${p.folketallAar.join(', ')})` },
      ),
      rad('Avtale', (p) => ({ tekst: navnFor(AVTALE_STATUSER, p.pilot.data.avtale.status) })),
      rad('Handlingsplan', (p) =>
        p.plan ? { tekst: String(p.plan.data.aar), href: urlFor.plan(p.plan.id) } : { ukjent: 'ingen' },
      ),
      rad('Delmål', (p) =>
        p.antallDelmal ? { tekst: String(p.antallDelmal) } : { ukjent: 'ikke registrert' },
      ),
      rad('Tiltak', (p) => fraPlan(p, { tekst: String(p.antallTiltak) })),
      rad('Bygdevekstmidler ved tiltakene', (p) => fraPlan(p, { sum: p.bygdevekstmidler })),
      rad('Bygdevekstmidler per innbygger', (p) => perInnbygger(p, p.bygdevekstmidlerPerInnbygger)),
      rad('Alle kilder ved tiltakene', (p) => fraPlan(p, { sum: p.total })),
      rad('Alle kilder per innbygger', (p) => perInnbygger(p, p.totalPerInnbygger)),
      rad('Tiltak uten oppgitt beløp', (p) => (p.total ? { tekst: String(p.total.tiltakUtenBelop) } : INGEN)),
    ],
    /** The number of tiltak per theme. */
    temaAntall: brukteTema.map((t) =>
      rad(t.data.navn, (p) => fraPlan(p, { tekst: String(p.perTema[t.id].antall) }), urlFor.tema(t.id)),
    ),
    /** The amounts per theme: «–» where the pilot has no tiltak in the theme. */
    temaPenger: brukteTema.map((t) =>
      rad(
        t.data.navn,
        (p) => (p.perTema[t.id].antall > 0 ? { sum: p.perTema[t.id].sum } : INGEN),
        urlFor.tema(t.id),
      ),
    ),
  };
}
