/** The open-data files (/data/<fil>.json and .csv) and the Atom feed. */
import { csvRows, exportRows, toCsv } from '../lib/exports.ts';
import { atomXml, feedEntries } from '../lib/feed.ts';
import { DATA_PER } from '../lib/site.ts';
import { EXPORTS, type ExportName } from '../schemas/exports.ts';
import type { Site } from './site.ts';

export const exportPaths = () => Object.keys(EXPORTS).map((fil) => ({ params: { fil } }));

function isExportName(name: string): name is ExportName {
  return Object.hasOwn(EXPORTS, name);
}

/** Rows of one open-data file (see src/schemas/exports.ts), once per build for JSON and CSV alike. */
export function exportView(site: Site, fil: string): Record<string, unknown>[] {
  if (!isExportName(fil)) throw new Error(`Ukjent datafil «${fil}»`);
  return site.memo(`export:${fil}`, () => exportRows(fil, site.c));
}

export const exportJson = (site: Site, fil: string) => JSON.stringify(exportView(site, fil), null, 2);
/** The CSV; the capacity diamond's scores get one column per dimension on every row (see csvRows). */
export const exportCsv = (site: Site, fil: string) =>
  toCsv(fil === 'kapasitetsdiamant' ? csvRows(fil, site.c) : exportView(site, fil));

export const feedView = (site: Site, siteUrl: string) =>
  atomXml(feedEntries(site.c, DATA_PER), siteUrl, DATA_PER);
