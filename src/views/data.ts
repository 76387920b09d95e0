/** The open-data files (/data/<fil>.json and .csv) and the Atom feed. */
import {
  csvRows,
  dataPackage,
  exportJsonSchema,
  fieldDocs,
  schemaPath,
  VOKABULAR,
  exportRows,
  tableSchema,
  toCsv,
  atomXml,
  feedEntries,
  feedPath,
  kommuneFeedEntries,
  pilotFeedEntries,
  jsonLdScript,
  katalog,
  linkedDataDump,
  linkedDataNodes,
  pageJsonLd,
  toTurtle,
} from '../lib/publishing/index.ts';
import { dataPer } from '../lib/model/index.ts';
import { EXPORTS, type ExportName } from '../schemas/exports.ts';
import type { Site } from './site.ts';
import { avvikHref, idPaths } from './shared.ts';
import { urlFor, withBase } from '../lib/urls.ts';

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

/** «Data per» and where it comes from (src/lib/model/dataPer.ts), once per build. */
export const dataPerView = (site: Site) => site.memo('dataPer', () => dataPer(site.c));

// Atom needs a full date; a document date known only to the month counts from its first day.
const feedDato = (site: Site) => (dataPerView(site).dato ?? '2026-01-01').padEnd(10, '-01').slice(0, 10);

export function feedView(site: Site, siteUrl: string): string {
  const dato = feedDato(site);
  return atomXml(feedEntries(site.c, dato), siteUrl, dato);
}

/** A finding's entry points at the page of the paged /avvik/ that shows it, not only at page 1. */
function medAvvikSide<T extends { url: string }>(site: Site, entries: T[]): T[] {
  const forst = withBase('/avvik/#avvik-');
  return entries.map((e) =>
    e.url.startsWith(forst) ? { ...e, url: avvikHref(site, e.url.slice(forst.length)) } : e,
  );
}

export const pilotFeedPaths = (site: Site) => idPaths(site.c.piloter);
export const kommuneFeedPaths = (site: Site) => idPaths(site.c.kommuner);

/** The Atom feed to follow one pilot: /piloter/<id>/feed.xml. */
export function pilotFeedView(site: Site, siteUrl: string, id: string): string {
  const pilot = site.ix.piloter.get(id);
  if (!pilot) throw new Error(`Ukjent pilot «${id}»`);
  const dato = feedDato(site);
  const entries = medAvvikSide(site, pilotFeedEntries(site.c, id, dato));
  return atomXml(entries, siteUrl, entries[0]?.updated ?? dato, {
    title: `Bygdevekstatlas: ${pilot.data.navn}`,
    selfPath: feedPath.pilot(id),
    pagePath: urlFor.pilot(id),
  });
}

/** The Atom feed to follow one kommune: /kommuner/<id>/feed.xml. */
export function kommuneFeedView(site: Site, siteUrl: string, id: string): string {
  const kommune = site.ix.kommuner.get(id);
  if (!kommune) throw new Error(`Ukjent kommune «${id}»`);
  const dato = feedDato(site);
  const entries = medAvvikSide(site, kommuneFeedEntries(site.c, id, dato));
  return atomXml(entries, siteUrl, entries[0]?.updated ?? dato, {
    title: `Bygdevekstatlas: ${kommune.data.navn} kommune`,
    selfPath: feedPath.kommune(id),
    pagePath: urlFor.kommune(id),
  });
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The schema files: /data/skjema/<fil>.json (JSON Schema) and <fil>.tabell.json (Table Schema). */
export const schemaPaths = () =>
  Object.keys(EXPORTS).flatMap((fil) => [{ params: { fil } }, { params: { fil: `${fil}.tabell` } }]);

export function schemaFile(fil: string, siteUrl: string): string {
  const tabell = fil.endsWith('.tabell');
  const name = tabell ? fil.slice(0, -'.tabell'.length) : fil;
  if (!isExportName(name)) throw new Error(`Ukjent skjema «${fil}»`);
  return json(tabell ? tableSchema(name) : exportJsonSchema(name, siteUrl));
}

/** /data/datapackage.json, versioned by «Data per». */
export const dataPackageFile = (site: Site, siteUrl: string) =>
  json(dataPackage(siteUrl, dataPerView(site).dato));

/** The DCAT-AP-NO catalogue (src/lib/publishing/katalog.ts) as Turtle or JSON-LD, built once per build. */
export function katalogFile(site: Site, siteUrl: string, format: 'ttl' | 'jsonld'): string {
  const doc = site.memo(`katalog:${siteUrl}`, () => katalog(site.c, siteUrl, dataPerView(site).dato));
  return format === 'ttl' ? toTurtle(doc) : json(doc);
}

const ldNodes = (site: Site, siteUrl: string) =>
  site.memo(`lenkede-data:${siteUrl}`, () => linkedDataNodes(site.c, siteUrl));

/** The JSON-LD of the page at `path` (a pilot, plan, delmål, tiltak, kommune or aktør), or null. */
export function pageLinkedData(site: Site, siteUrl: string, path: string): string | null {
  const doc = pageJsonLd(ldNodes(site, siteUrl), path);
  return doc ? jsonLdScript(doc) : null;
}

/** Every entity's linked data in one file: /data/lenkede-data.ttl and .jsonld. */
export function linkedDataFile(site: Site, siteUrl: string, format: 'ttl' | 'jsonld'): string {
  const doc = linkedDataDump(ldNodes(site, siteUrl));
  return format === 'ttl' ? toTurtle(doc) : json(doc);
}

/** The /data/ page: every file with its fields and schemas, the machine files, the vocabulary. */
export function dataPageView(site: Site, siteUrl: string) {
  const names = Object.keys(EXPORTS) as ExportName[];
  const abs = (p: string) => new URL(withBase(p), siteUrl).href;
  const csv = abs('/data/tiltak.csv');
  return {
    dataPer: dataPerView(site),
    files: names.map((name) => ({
      name,
      tittel: EXPORTS[name].tittel,
      beskrivelse: EXPORTS[name].beskrivelse,
      json: withBase(`/data/${name}.json`),
      csv: withBase(`/data/${name}.csv`),
      jsonSchema: withBase(schemaPath.json(name)),
      tabellSchema: withBase(schemaPath.tabell(name)),
      felter: fieldDocs(name),
    })),
    vokabular: VOKABULAR,
    /** Fetching a file, and reading the CSV with its dialect set: `;`, UTF-8 with BOM. */
    eksempler: {
      curl: `curl -O ${csv}\ncurl -O ${abs('/data/tiltak.json')}`,
      python: [
        'import pandas as pd',
        '',
        'tiltak = pd.read_csv(',
        `    "${csv}",`,
        '    sep=";",',
        '    encoding="utf-8-sig",  # fjerner BOM-en foran første kolonnenavn',
        ')',
        'print(tiltak[["id", "tittel", "belopAlleKilder"]].head())',
      ].join('\n'),
      r: [
        'tiltak <- read.csv(',
        `  "${csv}",`,
        '  sep = ";",',
        '  fileEncoding = "UTF-8-BOM"  # fjerner BOM-en foran første kolonnenavn',
        ')',
        'head(tiltak[, c("id", "tittel", "belopAlleKilder")])',
      ].join('\n'),
    },
  };
}
