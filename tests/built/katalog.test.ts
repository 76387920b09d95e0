/**
 * The DCAT-AP-NO catalogue as published (issue 26): /data/katalog.ttl against Digdir's SHACL shapes
 * with rdf-validate-shacl, 0 violations; the JSON-LD says the same; every link in it resolves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Quad } from 'n3';
import { EXPORTS } from '../../src/schemas/exports.ts';
import { DIST, fileForPath, requireBuiltSite } from '../helpers/builtSite.ts';
import { parseJsonLd, parseTurtle, triples } from '../helpers/rdf.ts';
import { validateDcatApNo, type ShaclResult } from '../helpers/shacl.ts';

requireBuiltSite();
const SITE = 'https://bygdevekstatlas.no';
const DCAT = 'http://www.w3.org/ns/dcat#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const turtle = parseTurtle(readFileSync(join(DIST, 'data', 'katalog.ttl'), 'utf8'));
const objects = (p: string, s?: string) =>
  turtle.filter((q) => q.predicate.value === p && (!s || q.subject.value === s)).map((q) => q.object.value);
const ofType = (t: string) => turtle.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === t);

describe('/data/katalog.ttl', () => {
  let results: ShaclResult[] = [];
  beforeAll(async () => {
    results = (await validateDcatApNo(turtle)).results;
  }, 120_000);

  it('has one catalogue, a dataset per export and a distribution per file', () => {
    expect(ofType(`${DCAT}Catalog`)).toHaveLength(1);
    expect(ofType(`${DCAT}Dataset`).map((q) => q.subject.value)).toEqual(
      Object.keys(EXPORTS).map((n) => `${SITE}/data/katalog#${n}`),
    );
    expect(objects(`${DCAT}downloadURL`).sort()).toEqual(
      Object.keys(EXPORTS)
        .flatMap((n) => [`${SITE}/data/${n}.csv`, `${SITE}/data/${n}.json`])
        .sort(),
    );
  });

  it('validates against the DCAT-AP-NO shapes with 0 violations', () => {
    const violations = results.filter((r) => r.severity === 'Violation');
    expect(violations).toEqual([]);
    // Warnings are allowed; the only kind expected is kommune IRIs outside the EU place vocabularies.
    const warnings = results.filter((r) => r.severity === 'Warning');
    console.log(`DCAT-AP-NO: ${violations.length} brudd, ${warnings.length} advarsler`);
    expect(new Set(warnings.map((w) => w.path))).toEqual(new Set(['http://purl.org/dc/terms/spatial']));
  });

  it('dates every dataset with «Data per» and names NLOD 2.0', () => {
    const modified = objects('http://purl.org/dc/terms/modified');
    expect(modified.length).toBeGreaterThan(Object.keys(EXPORTS).length);
    expect(new Set(modified).size).toBe(1);
    const pkg = JSON.parse(readFileSync(join(DIST, 'data', 'datapackage.json'), 'utf8')) as {
      version: string;
    };
    expect(modified[0]).toBe(pkg.version.padEnd(10, '-01').slice(0, 10));
    expect(new Set(objects('http://purl.org/dc/terms/license'))).toEqual(
      new Set(['http://publications.europa.eu/resource/authority/licence/NLOD_2_0']),
    );
  });

  it('links only files and pages that exist in the built site', () => {
    const own = turtle
      .flatMap((q) => [q.subject, q.object])
      .filter((t) => t.termType === 'NamedNode' && t.value.startsWith(`${SITE}/`))
      .map((t) => t.value.slice(SITE.length).split('#')[0]);
    const missing = [...new Set(own)].filter((p) => p !== '/data/katalog' && !existsSync(fileForPath(p)));
    expect(missing).toEqual([]);
  });

  it('says the same in JSON-LD as in Turtle', async () => {
    const ld: Quad[] = await parseJsonLd(readFileSync(join(DIST, 'data', 'katalog.jsonld'), 'utf8'));
    expect(ld.length).toBe(turtle.length);
    expect(triples(ld)).toEqual(triples(turtle));
  });
});

describe('the SHACL check itself', () => {
  it('finds the violations of a bare dataset', async () => {
    const bare = parseTurtle(`<${SITE}/x> a <${DCAT}Dataset> .`);
    const { results } = await validateDcatApNo(bare);
    expect(results.filter((r) => r.severity === 'Violation').map((r) => r.path.split(/[#/]/).at(-1))).toEqual(
      expect.arrayContaining(['title', 'description', 'identifier', 'publisher', 'theme']),
    );
  }, 120_000);
});
