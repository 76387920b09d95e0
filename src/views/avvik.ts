/** The public data-quality page /avvik/: every rule and every finding, by pilot and plan. */
import { avvikReport } from '../lib/checks/index.ts';
import { antallAvvikTekst, avvikNote } from './avvikNote.ts';
import { AVVIK_PER_SIDE, alleAvvik, avvikRekke, avvikSideHref } from './shared.ts';
import type { Site } from './site.ts';
import { sideAv, sidePaths } from '../lib/tables/index.ts';

export const avvikView = (site: Site) => site.memo('avvikView', () => avvikRapport(site));

function avvikRapport(site: Site) {
  const { avvik, titler } = alleAvvik(site);
  const report = avvikReport(site.c, avvik);
  return {
    report: {
      ...report,
      piloter: report.piloter.map((p) => ({
        ...p,
        planer: p.planer.map((plan) => ({
          ...plan,
          antallTekst: antallAvvikTekst(plan.avvik.length),
          note: avvikNote(plan.avvik, titler),
        })),
      })),
      initiativer: report.initiativer.map((i) => ({
        ...i,
        antallTekst: antallAvvikTekst(i.avvik.length),
        note: avvikNote(i.avvik, titler),
      })),
    },
    antallTekst: antallAvvikTekst(report.antall),
    antallInitiativTekst: antallAvvikTekst(report.antallInitiativ),
    regler: report.regler.map((r) => ({ ...r, antallTekst: antallAvvikTekst(r.antall) })),
    titler,
  };
}

/** Page `nr` of /avvik/ (page n at /avvik/side/<n>/), a plan's heading repeated on a page that continues it: the rules and counts, and this page's share of the findings. */
export function avvikSideView(site: Site, nr: number) {
  const v = avvikView(site);
  const side = sideAv(avvikRekke(site), nr, avvikSideHref, AVVIK_PER_SIDE);
  const forrige =
    nr > 1 ? sideAv(avvikRekke(site), nr - 1, avvikSideHref, AVVIK_PER_SIDE).rader.at(-1) : null;
  const piloter = v.report.piloter
    .map((p, pi) => ({
      ...p,
      planer: p.planer
        .map((plan, qi) => {
          const her = side.rader.filter((x) => x.pi === pi && x.qi === qi);
          const funn = her.flatMap((x) => (x.avvik ? [x.avvik] : []));
          return {
            ...plan,
            /** The plan's findings began on an earlier page. */
            fortsatt: her.length > 0 && forrige?.pi === pi && forrige.qi === qi,
            her: her.length > 0,
            note: avvikNote(funn, v.titler),
          };
        })
        .filter((plan) => plan.her),
    }))
    .filter((p) => p.planer.length > 0);
  return { ...v, side: { ...side, rader: [] }, piloter, forste: nr === 1 };
}

export const avvikSidePaths = (site: Site) => sidePaths(avvikRekke(site).length, AVVIK_PER_SIDE);
