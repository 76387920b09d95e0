/**
 * Writes the Pagefind search index for a set of search records (src/lib/search/searchRecords.ts) with
 * Pagefind's Node API, in the build's own process: one small HTML document per record
 * (`recordHtml`), indexed as Norwegian («nb»). The build (scripts/build.mjs) hands it the
 * records of the content it has already loaded and checked, so nothing is read twice.
 * Any problem throws, in Norwegian, and the build publishes nothing.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { recordHtml } from './recordHtml.ts';
import type { SearchRecord } from './recordModel.ts';

export interface SearchIndexSummary {
  records: number;
  /** Records per type, in the order first met. */
  perType: Map<string, number>;
  /** Unique words summed over the records. */
  words: number;
}

/** Files handed to Pagefind at a time: its service indexes them in parallel. */
const BATCH = 64;

/** Builds the index of `records` into `bundleDir` (e.g. dist/pagefind), replacing what is there. */
export async function writeSearchIndex(
  records: readonly SearchRecord[],
  bundleDir: string,
): Promise<SearchIndexSummary> {
  if (records.length === 0) throw new Error('ingen søkeposter å indeksere.');
  const urls = new Set<string>();
  for (const r of records) {
    if (urls.has(r.url)) throw new Error(`to søkeposter har samme adresse ${r.url}.`);
    urls.add(r.url);
  }
  // In address order, so the index does not depend on the order the content store lists entries in
  // (a store kept from an earlier build lists them in the order they were first added).
  const ordered = [...records].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  let words = 0;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nb' });
    if (!index || errors.length > 0) throw new Error(`Pagefind startet ikke: ${errors.join('; ')}`);
    for (let i = 0; i < ordered.length; i += BATCH) {
      const batch = ordered.slice(i, i + BATCH);
      const added = await Promise.all(
        batch.map((r) => index.addHTMLFile({ url: r.url, content: recordHtml(r) })),
      );
      added.forEach((res, j) => {
        const url = batch[j].url;
        if (res.errors.length > 0) throw new Error(`${url}: ${res.errors.join('; ')}`);
        if (res.file.uniqueWords === 0) throw new Error(`${url}: posten ga ingen søkbare ord.`);
        words += res.file.uniqueWords;
      });
    }
    rmSync(bundleDir, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    if (!existsSync(join(bundleDir, 'pagefind.js')))
      throw new Error(`${bundleDir}/pagefind.js ble ikke skrevet.`);
  } finally {
    // The service is a child process of Pagefind's; a build that leaves it running never exits.
    await pagefind.close().catch(() => null);
  }
  const perType = new Map<string, number>();
  for (const r of records) perType.set(r.type, (perType.get(r.type) ?? 0) + 1);
  return { records: records.length, perType, words };
}
