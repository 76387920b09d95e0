/**
 * The DCAT-AP-NO catalogue of the open-data files (pure): /data/katalog.ttl and .jsonld, what
 * data.norge.no harvests. One dataset per export of src/schemas/exports.ts, one distribution per
 * file format, each conforming to its schema (dataSchemas.ts). Checked against Digdir's SHACL
 * shapes in tests/built/katalog.test.ts.
 *
 * Controlled vocabularies (EU data themes, file types, licences, languages, frequencies, access
 * rights) are named by their EU Publications Office IRIs, and each carries its skos:inScheme,
 * because the shapes check the scheme in the data itself and never fetch it.
 */
import type { Collections } from '../loading/index.ts';
import { EXPORTS, type ExportName } from '../../schemas/exports.ts';
import { compareNb } from '../format.ts';
import { urlFor, withBase } from '../urls.ts';
import { EXPORT_NAMES, schemaPath } from './dataSchemas.ts';
import { document, ref, tekst, typed, type LdDocument, type LdNode } from './rdf.ts';

const EU = 'http://publications.europa.eu/resource/authority';
const THEME = {
  /** Government and public sector. */
  GOVE: `${EU}/data-theme/GOVE`,
  /** Regions and cities. */
  REGI: `${EU}/data-theme/REGI`,
  /** Economy and finance. */
  ECON: `${EU}/data-theme/ECON`,
};

interface Beskrivelse {
  en: { title: string; description: string };
  tema: (keyof typeof THEME)[];
  emneord: string[];
}

/** What the catalogue says about each file beyond src/schemas/exports.ts. A new export must be described here. */
const BESKRIVELSE: Record<ExportName, Beskrivelse> = {
  piloter: {
    en: {
      title: 'Rural growth agreement pilots',
      description: 'One row per pilot: its municipalities, its agreement and its action plans.',
    },
    tema: ['GOVE', 'REGI'],
    emneord: ['bygdevekstavtale', 'pilot', 'distriktspolitikk'],
  },
  delmal: {
    en: { title: 'Sub-goals', description: 'One row per sub-goal (delmål) of the agreements.' },
    tema: ['GOVE', 'REGI'],
    emneord: ['bygdevekstavtale', 'delmål'],
  },
  tiltak: {
    en: {
      title: 'Measures',
      description: 'One row per measure (tiltak) in the action plans, with its funding lines and source.',
    },
    tema: ['GOVE', 'REGI', 'ECON'],
    emneord: ['bygdevekstavtale', 'handlingsplan', 'tiltak'],
  },
  budsjett: {
    en: { title: 'Budget lines', description: 'One row per funding line of a measure, in Norwegian kroner.' },
    tema: ['GOVE', 'ECON'],
    emneord: ['bygdevekstavtale', 'budsjett', 'bygdevekstmidler'],
  },
  endringer: {
    en: {
      title: 'Changes between action plans',
      description:
        'One row per measure in two consecutive plans of a pilot: continued, merged, ended, dropped or new.',
    },
    tema: ['GOVE', 'REGI'],
    emneord: ['bygdevekstavtale', 'handlingsplan', 'endringer'],
  },
  avvik: {
    en: {
      title: 'Discrepancies',
      description:
        "One row per place where a stated figure does not match what the document's own lines add up to.",
    },
    tema: ['GOVE', 'ECON'],
    emneord: ['bygdevekstavtale', 'avvik', 'kontroll'],
  },
  laering: {
    en: { title: 'Lessons learned', description: 'One row per lesson from the initiatives and pilots.' },
    tema: ['GOVE', 'REGI'],
    emneord: ['læring', 'distriktsutvikling'],
  },
  initiativer: {
    en: {
      title: 'Rural development initiatives',
      description: 'One row per rural development initiative, such as I LAG and the rural growth agreements.',
    },
    tema: ['GOVE', 'REGI'],
    emneord: ['distriktssatsing', 'distriktsutvikling'],
  },
  kapasitetsdiamant: {
    en: {
      title: 'Capacity diamond',
      description: 'One row per municipality and round: the scores as the report states them.',
    },
    tema: ['GOVE', 'REGI'],
    emneord: ['kapasitet', 'I LAG', 'kommune'],
  },
};

const FORMATER = [
  {
    id: 'json',
    format: `${EU}/file-type/JSON`,
    mediaType: 'https://www.iana.org/assignments/media-types/application/json',
    schema: schemaPath.json,
    standard: (name: ExportName) => `JSON Schema (2020-12) for ${name}.json`,
    beskrivelse: 'JSON, UTF-8: en liste med én rad per objekt.',
  },
  {
    id: 'csv',
    format: `${EU}/file-type/CSV`,
    mediaType: 'https://www.iana.org/assignments/media-types/text/csv',
    schema: schemaPath.tabell,
    standard: (name: ExportName) => `Frictionless Table Schema for ${name}.csv`,
    beskrivelse: 'CSV, UTF-8 med BOM, semikolon som skilletegn og CRLF som linjeskift.',
  },
] as const;

export const KATALOG_PATH = '/data/katalog';

/** Plan years as a period: 1 January of the first to 31 December of the last; null without plans. */
function planPeriode(c: Collections): { start: string; slutt: string } | null {
  const years = c.handlingsplaner.map((h) => h.data.aar).sort((a, b) => a - b);
  return years.length === 0 ? null : { start: `${years[0]}-01-01`, slutt: `${years.at(-1)}-12-31` };
}

/** «Data per» as an xsd:date; a date known to the month or year counts from its first day, as the feed does. */
export function modifiedDate(dataPer: string | null): string | null {
  return dataPer ? dataPer.padEnd(10, '-01').slice(0, 10) : null;
}

export function katalog(c: Collections, siteUrl: string, dataPer: string | null): LdDocument {
  const abs = (p: string) => new URL(p, siteUrl).href;
  // Literal site paths take the base path the site is built under; urlFor() addresses have it already.
  const own = (p: string) => abs(withBase(p));
  const katalogIri = own(KATALOG_PATH);
  const utgiver = own('/#utgiver');
  const modified = modifiedDate(dataPer);
  const periode = planPeriode(c);
  const kommuner = [...c.kommuner].sort((a, b) => compareNb(a.data.navn, b.data.navn));
  const scheme = (iri: string, inScheme: string): LdNode => ({ '@id': iri, 'skos:inScheme': ref(inScheme) });
  const lisens = `${EU}/licence/NLOD_2_0`;
  const bokmal = `${EU}/language/NOB`;

  const datasett = EXPORT_NAMES.map((name): LdNode => {
    const b = BESKRIVELSE[name];
    const iri = `${katalogIri}#${name}`;
    return {
      '@id': iri,
      '@type': 'dcat:Dataset',
      'dct:identifier': iri,
      'dct:title': [tekst(EXPORTS[name].tittel), tekst(b.en.title, 'en')],
      'dct:description': [tekst(EXPORTS[name].beskrivelse), tekst(b.en.description, 'en')],
      'dct:publisher': ref(utgiver),
      'dcat:theme': b.tema.map((t) => ref(THEME[t])),
      'dcat:keyword': b.emneord.map((k) => tekst(k)),
      'dct:spatial': [ref(`${EU}/country/NOR`), ...kommuner.map((k) => ref(abs(urlFor.kommune(k.id))))],
      ...(periode
        ? {
            'dct:temporal': {
              '@type': 'dct:PeriodOfTime',
              'dcat:startDate': typed(periode.start, 'xsd:date'),
              'dcat:endDate': typed(periode.slutt, 'xsd:date'),
            },
          }
        : {}),
      'dct:license': ref(lisens),
      'dct:accessRights': ref(`${EU}/access-right/PUBLIC`),
      'dct:accrualPeriodicity': ref(`${EU}/frequency/IRREG`),
      'dct:language': ref(bokmal),
      'dcat:contactPoint': {
        '@type': 'vcard:Organization',
        'vcard:fn': 'Bygdevekstatlas',
        'vcard:hasURL': ref(own('/om/')),
      },
      'dcat:landingPage': ref(own(`/data/#felt-${name}`)),
      ...(modified ? { 'dct:modified': typed(modified, 'xsd:date') } : {}),
      'dcat:distribution': FORMATER.map((f) => ref(`${iri}-${f.id}`)),
    };
  });

  const distribusjoner = EXPORT_NAMES.flatMap((name) =>
    FORMATER.map((f): LdNode => ({
      '@id': `${katalogIri}#${name}-${f.id}`,
      '@type': 'dcat:Distribution',
      'dct:title': tekst(`${name}.${f.id}`),
      'dct:description': tekst(f.beskrivelse),
      'dcat:accessURL': ref(own(`/data/${name}.${f.id}`)),
      'dcat:downloadURL': ref(own(`/data/${name}.${f.id}`)),
      'dct:format': ref(f.format),
      'dcat:mediaType': ref(f.mediaType),
      'dct:conformsTo': ref(own(f.schema(name))),
      'dct:license': ref(lisens),
      ...(modified ? { 'dct:modified': typed(modified, 'xsd:date') } : {}),
    })),
  );

  const standarder = EXPORT_NAMES.flatMap((name) =>
    FORMATER.map((f): LdNode => ({
      '@id': own(f.schema(name)),
      '@type': 'dct:Standard',
      'dct:title': tekst(f.standard(name)),
    })),
  );

  const catalog: LdNode = {
    '@id': katalogIri,
    '@type': 'dcat:Catalog',
    'dct:identifier': katalogIri,
    'dct:title': [tekst('Bygdevekstatlas: åpne data'), tekst('Bygdevekstatlas: open data', 'en')],
    'dct:description': [
      tekst(
        'Datasettene bak Bygdevekstatlas: pilotene i bygdevekstavtalene, delmål, tiltak, budsjettlinjer, endringer mellom planene, avvik, lærdommer og distriktssatsinger, hver med kilde til dokument og linje.',
      ),
      tekst(
        "The datasets behind Bygdevekstatlas: Norway's rural growth agreement pilots, their sub-goals, measures, budget lines, changes between plans, discrepancies, lessons and initiatives, each citing document and line.",
        'en',
      ),
    ],
    'dct:publisher': ref(utgiver),
    'foaf:homepage': ref(own('/')),
    'dct:license': ref(lisens),
    'dct:language': ref(bokmal),
    ...(modified ? { 'dct:modified': typed(modified, 'xsd:date') } : {}),
    'dcat:dataset': datasett.map((d) => ref(d['@id']!)),
  };

  return document([
    catalog,
    {
      '@id': utgiver,
      '@type': 'foaf:Agent',
      'foaf:name': tekst('Bygdevekstatlas'),
      'foaf:homepage': ref(own('/')),
    },
    ...datasett,
    ...distribusjoner,
    ...standarder,
    // The vocabularies' own statements that the shapes look for.
    scheme(lisens, `${EU}/licence`),
    scheme(bokmal, `${EU}/language`),
    scheme(`${EU}/access-right/PUBLIC`, `${EU}/access-right`),
    scheme(`${EU}/frequency/IRREG`, `${EU}/frequency`),
    scheme(`${EU}/country/NOR`, `${EU}/country`),
    ...Object.values(THEME).map((t) => scheme(t, `${EU}/data-theme`)),
    ...FORMATER.map((f) => scheme(f.format, `${EU}/file-type`)),
  ]);
}
