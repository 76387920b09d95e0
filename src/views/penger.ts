/** «Who pays for what» at /penger/, and one CSV per named funder. */
import { finansiorer, giverCsv, pengerSide } from '../lib/money/index.ts';
import type { Site } from './site.ts';

export function pengerView(site: Site) {
  return { ...pengerSide(site.c), navn: site.navn };
}

export const giverPaths = (site: Site) =>
  site.memo('finansiorer', () => finansiorer(site.c)).map((f) => ({ params: { giver: f.aktor } }));

export const giverCsvView = (site: Site, giver: string, siteUrl: string) => giverCsv(site.c, giver, siteUrl);
