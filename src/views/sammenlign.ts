/** The comparison of pilots at /sammenlign/. */
import { perInhabitantChart, themeComparisonChart, sammenligning } from '../lib/money/index.ts';
import { formatTall } from '../lib/format.ts';
import { AVTALE_STATUSER, navnFor } from '../schemas/vocabulary.ts';
import type { Site } from './site.ts';

export function sammenlignView(site: Site) {
  const s = sammenligning(site.c);
  const medPlan = s.piloter.filter((p) => p.plan !== null);
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
  const perInnbygger = (kr: number | null) => (kr === null ? null : `${formatTall(kr)} kr`);
  return {
    navn: site.navn,
    diagrammer,
    ...s,
    piloter: s.piloter.map((p) => ({
      ...p,
      avtaleStatus: navnFor(AVTALE_STATUSER, p.pilot.data.avtale.status),
      folketallTekst: p.folketall === null ? null : formatTall(p.folketall),
      folketallAarTekst: p.folketallAar.join(', '),
      bygdevekstmidlerPerInnbyggerTekst: perInnbygger(p.bygdevekstmidlerPerInnbygger),
      totalPerInnbyggerTekst: perInnbygger(p.totalPerInnbygger),
    })),
    antallMedPlan: medPlan.length,
    /** Themes at least one pilot has tiltak under. */
    brukteTema: s.tema.filter((t) => s.piloter.some((p) => p.perTema[t.id].antall > 0)),
  };
}
