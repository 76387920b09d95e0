/**
 * Builds the Pagefind search index into <out>/pagefind from content (not from the rendered
 * pages): one small HTML document per search record (see src/lib/searchRecords.ts), indexed
 * as Norwegian («nb»). `npm run build` runs it after `astro build`; any error exits non-zero,
 * which stops the build and removes the output folder.
 *
 * Usage: node scripts/search-index.ts [outDir]   (Node 24 runs the TypeScript directly)
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { loadContent } from '../src/lib/loadContent.ts';
import { recordHtml, searchRecords } from '../src/lib/searchRecords.ts';

const outDir = process.argv[2] ?? process.env.BYGDEVEKST_OUT ?? 'dist';
const bundle = join(outDir, 'pagefind');

function fail(message: string): never {
  throw new Error(message);
}

async function main(): Promise<void> {
  if (!existsSync(join(outDir, 'index.html')))
    fail(`fant ikke ${outDir}/index.html; kjør astro build først.`);

  const { collections, problems } = loadContent();
  if (problems.length > 0) fail(`innholdet har ${problems.length} feil; kjør «npm run validate».`);

  const records = searchRecords(collections);
  if (records.length === 0) fail('ingen søkeposter å indeksere.');
  const urls = new Set<string>();
  for (const r of records) {
    if (urls.has(r.url)) fail(`to søkeposter har samme adresse ${r.url}.`);
    urls.add(r.url);
  }

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nb' });
  if (!index || errors.length > 0) fail(`Pagefind startet ikke: ${errors.join('; ')}`);

  let words = 0;
  for (const r of records) {
    const res = await index.addHTMLFile({ url: r.url, content: recordHtml(r) });
    if (res.errors.length > 0) fail(`${r.url}: ${res.errors.join('; ')}`);
    if (res.file.uniqueWords === 0) fail(`${r.url}: posten ga ingen søkbare ord.`);
    words += res.file.uniqueWords;
  }

  rmSync(bundle, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length > 0) fail(written.errors.join('; '));
  if (!existsSync(join(bundle, 'pagefind.js'))) fail(`${bundle}/pagefind.js ble ikke skrevet.`);

  const perType = new Map<string, number>();
  for (const r of records) perType.set(r.type, (perType.get(r.type) ?? 0) + 1);
  console.log(
    `Søkeindeks: ${records.length} poster (${[...perType].map(([t, n]) => `${t} ${n}`).join(', ')}), ${words} ord, skrevet til ${bundle}/.`,
  );
}

try {
  await main();
  await pagefind.close();
} catch (e) {
  console.error(`Søkeindeksen feilet: ${e instanceof Error ? e.message : String(e)}`);
  await pagefind.close().catch(() => null);
  process.exit(1);
}
