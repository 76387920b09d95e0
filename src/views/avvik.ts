/** The public data-quality page /avvik/: every rule and every finding, by pilot and plan. */
import { avvikReport } from '../lib/checks/index.ts';
import { antallAvvikTekst, avvikNote } from './avvikNote.ts';
import { alleAvvik } from './shared.ts';
import type { Site } from './site.ts';

export function avvikView(site: Site) {
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
