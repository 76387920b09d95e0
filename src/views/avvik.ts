/** The public data-quality page /avvik/: every rule and every finding, by pilot and plan. */
import { avvikReport } from '../lib/checks.ts';
import { alleAvvik } from './shared.ts';
import type { Site } from './site.ts';

export function avvikView(site: Site) {
  const { avvik, titler } = alleAvvik(site);
  return { report: avvikReport(site.c, avvik), titler };
}
