/**
 * The Decap CMS configuration (served as /admin/config.yml), generated from the zod schemas and
 * vocabularies so the editing forms cannot drift from what the validator accepts: every field,
 * whether it is required, its choices and its references to other collections come from here.
 *
 * Pure: schemas in, a plain configuration object (or its YAML) out.
 */
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { belop } from '../../schemas/common.ts';
import * as vocabulary from '../../schemas/vocabulary.ts';
import { KILDE_FILER } from '../loading/index.ts';
import { localBackendUrl, type PublishMode } from './localBackend.ts';

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

export interface CmsOptions {
  /** The local backend's address (`npm run cms`; default from CMS_PORT); Decap uses it only when the page runs on localhost. */
  localBackendUrl?: string;
  /** The GitHub repository («eier/navn») for editing on the published site. */
  repo?: string;
  branch?: string;
  /** The content folder relative to the repository root. */
  contentDir?: string;
  /** `editorial_workflow`: every change is a branch (a pull request on GitHub) until someone publishes it. Default `simple`. */
  publishMode?: PublishMode;
}

/** How each editable collection is named, titled and stored. Only these get a CMS section. */
const SECTIONS: Partial<
  Record<
    CollectionName,
    {
      label: string;
      singular: string;
      identifier: string;
      slug?: string;
      path?: string;
      summary?: string;
      /** Fields shown (and searched) when another form picks an entry of this collection; default: the identifier. */
      choice?: string[];
    }
  >
> = {
  tiltak: {
    label: 'Tiltak',
    singular: 'tiltak',
    identifier: 'tittel',
    path: '{{plan}}/{{plan}}-{{slug}}',
    summary: '{{plan}} {{nr}}: {{tittel}}',
    choice: ['plan', 'tittel'],
  },
  delmal: {
    label: 'Delmål',
    singular: 'delmål',
    identifier: 'tittel',
    path: '{{pilot}}/{{pilot}}-d{{nr}}',
    summary: '{{pilot}} {{nr}}: {{tittel}}',
    // Pilots reuse delmål titles («Bolig»); the pilot beside the title tells them apart.
    choice: ['pilot', 'tittel'],
  },
  handlingsplaner: {
    label: 'Handlingsplaner',
    singular: 'handlingsplan',
    identifier: 'tittel',
    slug: '{{pilot}}-{{aar}}',
  },
  piloter: { label: 'Piloter', singular: 'pilot', identifier: 'navn' },
  kommuner: { label: 'Kommuner', singular: 'kommune', identifier: 'navn' },
  aktorer: { label: 'Aktører', singular: 'aktør', identifier: 'navn' },
  tema: { label: 'Tema', singular: 'tema', identifier: 'navn' },
  kilder: { label: 'Kilder', singular: 'kilde', identifier: 'tittel' },
  sider: { label: 'Sider', singular: 'side', identifier: 'tittel' },
  initiativer: { label: 'Distriktssatsinger', singular: 'satsing', identifier: 'navn' },
  laering: { label: 'Læring', singular: 'lærdom', identifier: 'pastand', summary: '{{slag}}: {{pastand}}' },
  kapasitetsdiamant: {
    label: 'Kapasitetsdiamanter',
    singular: 'kapasitetsdiamant',
    identifier: 'kommune',
    slug: '{{initiativ}}-{{kommune}}',
    summary: '{{initiativ}}: {{kommune}}',
  },
};

/**
 * Collections deliberately left out of the CMS, each with the reason an editor is told in
 * docs/redaktor.md. Every collection is either in SECTIONS or here (the unit test holds us to it).
 */
export const NOT_IN_CMS: Partial<Record<CollectionName, string>> = {};

/** Fields that hold ids of another collection (the schemas say so in their comments). */
const REFERENCES: Record<string, CollectionName> = {
  plan: 'handlingsplaner',
  delmal: 'delmal',
  delmalRekkefolge: 'delmal',
  pilot: 'piloter',
  dokument: 'kilder',
  tema: 'tema',
  hovedansvarlige: 'aktorer',
  samarbeidsparter: 'aktorer',
  kanInviteres: 'aktorer',
  parter: 'aktorer',
  giver: 'aktorer',
  aktor: 'aktorer',
  kommuner: 'kommuner',
  tiltak: 'tiltak',
  videreI: 'tiltak',
  initiativ: 'initiativer',
  initiativer: 'initiativer',
  delAv: 'initiativer',
  piloter: 'piloter',
  aktorer: 'aktorer',
  kommune: 'kommuner',
};

/**
 * Fields whose name says «reference» elsewhere but here hold plain text: a kapasitetsdiamant's
 * kommune is a name as the report writes it (the I LAG kommuner are not pilot kommuner).
 */
const PLAIN_TEXT: Partial<Record<CollectionName, readonly string[]>> = {
  kapasitetsdiamant: ['kommune'],
};

/** Labels a reader of the plans recognises; other field names are spelt out from camelCase. */
const LABELS: Record<string, string> = {
  nr: 'Nummer',
  delmal: 'Delmål',
  delmalRekkefolge: 'Delmålenes rekkefølge i planen',
  aktorer: 'Aktører',
  formal: 'Formål',
  nrOversikt: 'Nummer i oversiktstabellen',
  tittel: 'Tittel (nøyaktig som trykt)',
  tittelKilde: 'Hvor tittelen står (hvis utenfor kilden)',
  tittelUnntak: 'Hvorfor tittelen ikke står ordrett i kilden',
  andreTitler: 'Andre skrivemåter av tittelen',
  statusTekst: 'Status slik planen skriver den',
  hovedansvarlige: 'Hovedansvarlige',
  hovedansvarligTekst: '«Hovedansvarlig» slik planen skriver det',
  samarbeidsparterTekst: '«Samarbeidsparter» slik planen skriver det',
  tidsramme: 'Tidsramme slik planen skriver den',
  belop: 'Beløp i hele kroner',
  aar: 'År',
  aarLinjer: 'Linjer der året står (hvis ikke på beløpets linjer)',
  kildeAntatt: 'Kilden er vår lesning (planen oppgir ingen)',
  inntil: 'Beløpet er et tak («inntil»)',
  linjer: 'Linjer i kildeteksten (fra, til)',
  kilde: 'Kilde',
  dokument: 'Dokument',
  url: 'Nettadresse',
  unntak: 'Hvorfor tallet ikke står ordrett i kilden',
  giver: 'Giver',
  tekst: 'Tekst',
  seed: 'Tekstfil i shared/seeds (bare for kilder uten PDF)',
  pdf: 'Dokumentet som PDF',
  body: 'Sammendrag med egne ord',
  // Field names are ASCII; the labels are not («Pastand» → «Påstand»).
  aarTekst: 'År slik kilden skriver det',
  aktor: 'Aktør',
  belopTekst: 'Beløp slik kilden skriver det',
  datoTekst: 'Dato slik kilden skriver den',
  kommendeAar: 'Kommende år',
  kommuneNavn: 'Kommunenavn',
  kommunerKilde: 'Hvor kommunene står',
  kommunenummerKilde: 'Hvor kommunenummeret står',
  km2: 'Areal (km²)',
  laertAv: 'Lært av',
  oppgitteBelop: 'Oppgitte beløp',
  pastand: 'Påstand',
  periodeTekst: 'Periode slik kilden skriver den',
  rekkefolge: 'Rekkefølge',
  saerligeRoller: 'Særlige roller',
  skar: 'Skår',
  sprak: 'Språk',
};

const HINTS: Record<string, string> = {
  belop: 'Skriv tallet uten mellomrom eller punktum: 250000, ikke 250 000 eller 250.000.',
  linjer: 'Første og siste linje i kildeteksten, begge med.',
  tittel: 'Skriv tittelen nøyaktig slik dokumentet trykker den.',
  statusTekst: 'La feltet stå tomt hvis planen ikke oppgir status.',
  hovedansvarligTekst: 'La feltet stå tomt hvis planen ikke oppgir noen.',
  samarbeidsparterTekst: 'La feltet stå tomt hvis planen ikke oppgir noen.',
  tidsramme: 'La feltet stå tomt hvis planen ikke oppgir noen.',
  seed: 'La feltet stå tomt når du laster opp PDF-en. Eldre kilder har teksten her, som 005_0123456789abcdef.txt.',
  pdf: 'Last opp PDF-en. Teksten hentes ut med linje- og sidenummer, og linjene du viser til, telles i den teksten.',
  body: 'Skriv med egne ord. Unngå tegnene { } < > i teksten.',
  tekst: 'Skriv teksten nøyaktig slik kilden trykker den.',
};

/**
 * Hints that depend on where a field sits (the object it is in, or the collection for a top-level
 * field): a «Tekst» is a quote in some objects, our own words in others.
 */
const HINTS_IN: Record<string, Record<string, string>> = {
  kommuner: {
    piloter:
      'La stå tom. En kommune hører til piloten gjennom feltet «Pilot» på kommunen, så lag piloten først og kommunene etterpå.',
  },
  tekst: {
    belegg: 'Skriv med egne ord hva kilden sier; ikke kopier setninger.',
    evaluering: 'Skriv med egne ord hva evalueringen sier; ikke kopier setninger.',
    kommendeAar: 'Skriv med egne ord hva planen sier om årene som kommer.',
    mottaker: 'Hvem anbefalingen er rettet til, slik kilden ordlegger det (for eksempel overskriften).',
    eier: 'Eieren eller eierne slik kilden ordlegger det.',
    periode:
      'Perioden slik kilden skriver den, for eksempel «2020–2022». La stå tomt hvis den ikke er oppgitt.',
  },
};

function hintFor(name: string, parent?: string): string | undefined {
  return (parent ? HINTS_IN[name]?.[parent] : undefined) ?? HINTS[name];
}

/** The amount widget registered by redigering.js, and the rule it is held to. */
export const KRONER_WIDGET = 'kroner';
export const KRONER_PATTERN = [
  '^[0-9]+$',
  'Skriv beløpet i hele kroner med bare sifre, for eksempel 350000 (ikke 350.000 eller 350 000).',
] as const;

/** The vocabularies, so choices show «Videreføres», not «viderefores». */
type Vocabulary = readonly { id: string; navn: string }[];
const VOCABULARIES: Vocabulary[] = (Object.values(vocabulary) as unknown[]).filter(
  (v): v is Vocabulary =>
    Array.isArray(v) && typeof v[0] === 'object' && v[0] !== null && 'id' in v[0] && 'navn' in v[0],
);

/** The display names of the vocabulary an enum was made from (ids recur across vocabularies). */
function namesFor(values: readonly string[]): Map<string, string> {
  const list = VOCABULARIES.find((l) => l.length === values.length && l.every((x) => values.includes(x.id)));
  return new Map(list?.map((x) => [x.id, x.navn]));
}

function labelFor(name: string): string {
  if (LABELS[name]) return LABELS[name];
  const words = name.replace(/([a-zæøå])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Def = { type: string } & Record<string, unknown>;
type AnySchema = z.ZodType & { _zod: { def: Def } };

function def(s: unknown): Def {
  return (s as AnySchema)._zod.def;
}

/** The schema without optional/nullable/default wrappers, and whether the field may be left empty. */
function unwrap(s: unknown): { inner: unknown; optional: boolean; defaultValue?: unknown } {
  let cur = s;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const d = def(cur);
    if (d.type === 'optional' || d.type === 'nullable') {
      optional = true;
      cur = d.innerType;
    } else if (d.type === 'default') {
      optional = true;
      defaultValue =
        typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
      cur = d.innerType;
    } else if (d.type === 'pipe') {
      cur = def(d.in).type === 'transform' ? d.out : d.in;
    } else return { inner: cur, optional, defaultValue };
  }
}

function containsRecord(s: unknown, depth = 0): boolean {
  if (depth > 8) return false;
  const { inner } = unwrap(s);
  const d = def(inner);
  if (d.type === 'record') return true;
  if (d.type === 'array') return containsRecord(d.element, depth + 1);
  if (d.type === 'object') {
    return Object.values(d.shape as Record<string, unknown>).some((v) => containsRecord(v, depth + 1));
  }
  return false;
}

function relation(
  target: CollectionName,
  multiple: boolean,
): Record<string, unknown> & { widget: 'relation' } {
  const shown = SECTIONS[target]?.choice ?? [SECTIONS[target]?.identifier ?? 'navn'];
  return {
    widget: 'relation' as const,
    collection: target,
    value_field: '{{filename}}',
    search_fields: shown,
    display_fields: shown,
    multiple,
  };
}

/** One schema field as a Decap field, or null when the CMS cannot edit it well (stated tables). */
export function fieldFor(name: string, schema: unknown, plainText = false, parent?: string): CmsField | null {
  if (containsRecord(schema)) return null;
  const { inner, optional, defaultValue } = unwrap(schema);
  const d = def(inner);
  const base = {
    name,
    label: labelFor(name),
    required: !optional,
    ...(hintFor(name, parent) ? { hint: hintFor(name, parent) } : {}),
  };
  const withDefault = <T extends Record<string, unknown>>(f: T) =>
    defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0)
      ? { ...f, default: defaultValue }
      : f;
  const ref = plainText ? undefined : REFERENCES[name];

  switch (d.type) {
    case 'string':
      if (ref) return { ...base, ...relation(ref, false) };
      return withDefault({ ...base, widget: 'string' });
    case 'number':
      // Decap's number input reads «350.000» as 350 and «250 000» as nothing: amounts get our own
      // widget (src/lib/editing/redigering.js), which keeps what was typed, so the pattern refuses it at the field.
      if (inner === belop) return { ...base, widget: KRONER_WIDGET, pattern: [...KRONER_PATTERN] };
      // Scores come in halves («6,5»); amounts, years and numbers are whole.
      return withDefault({
        ...base,
        widget: 'number',
        ...((inner as { isInt?: boolean }).isInt
          ? { value_type: 'int' }
          : { value_type: 'float', step: 0.5 }),
      });
    case 'boolean':
      // No `default` in the form: Decap's boolean widget writes its default as it mounts, which in a
      // new list item (a funding line) adds a second, empty item. Unticked and absent both read as
      // false, since the schema's own default applies when the file is loaded.
      return { ...base, widget: 'boolean' };
    case 'enum': {
      const values = Object.values(d.entries as Record<string, string>);
      const names = namesFor(values);
      return withDefault({
        ...base,
        widget: 'select',
        options: values.map((v) => ({ label: names.get(v) ?? v, value: v })),
      });
    }
    case 'union': {
      const options = (d.options as unknown[]).map((o) => def(o));
      if (options.every((o) => o.type === 'literal')) {
        return { ...base, widget: 'number', value_type: 'int' };
      }
      // Dates: the validator reads the text, so the editor writes it as the source gives it.
      return {
        ...base,
        widget: 'string',
        hint: base.hint ?? 'Skriv datoen som ÅÅÅÅ-MM-DD (eller ÅÅÅÅ-MM, ÅÅÅÅ).',
      };
    }
    case 'tuple':
      return {
        ...base,
        widget: 'list',
        field: { name: 'linje', label: 'Linje', widget: 'number', value_type: 'int' },
        min: 2,
        max: 2,
      };
    case 'array': {
      const el = unwrap(d.element).inner;
      const ed = def(el);
      if (ed.type === 'string' && ref) return { ...base, ...relation(ref, true) };
      if (ed.type === 'object') {
        return { ...base, widget: 'list', fields: fieldsFor(ed.shape as Record<string, unknown>, [], name) };
      }
      const single = fieldFor('verdi', d.element);
      return single ? { ...base, widget: 'list', field: single } : null;
    }
    case 'object': {
      const fields = fieldsFor(d.shape as Record<string, unknown>, [], name);
      // Decap checks an object's required parts even when the object is left out, so an optional
      // object with a required part could never be saved empty (a lesson's «Mottaker», issue 21).
      // Its parts are optional in the form; the validator, run before each save, still requires
      // them whenever the object is given.
      return { ...base, widget: 'object', fields: optional ? loosened(fields) : fields };
    }
    default:
      return { ...base, widget: 'string' };
  }
}

/** Fields inside an optional object: none required, at any depth of objects (list items are checked only when added). */
function loosened(fields: CmsField[]): CmsField[] {
  return fields.map((f) => ({
    ...f,
    required: false,
    ...(f.widget === 'object' ? { fields: loosened(f.fields as CmsField[]) } : {}),
  }));
}

function fieldsFor(
  shape: Record<string, unknown>,
  plainText: readonly string[] = [],
  parent?: string,
): CmsField[] {
  return Object.entries(shape)
    .map(([name, s]) => fieldFor(name, s, plainText.includes(name), parent))
    .filter((f): f is CmsField => f !== null);
}

/**
 * A kilde's PDF is uploaded, not typed: Decap's file widget stores it in content/kilder-filer/ and
 * writes `kilder-filer/<fil>.pdf` in the field, the path the schema expects.
 */
function fileField(f: CmsField, contentDir: string): CmsField {
  if (f.name !== 'pdf') return f;
  return {
    ...f,
    widget: 'file',
    media_folder: `/${contentDir}/${KILDE_FILER}`,
    public_folder: KILDE_FILER,
    choose_url: false,
    media_library: { allow_multiple: false },
  };
}

export function cmsConfig(opts: CmsOptions = {}): Record<string, unknown> {
  const contentDir = opts.contentDir ?? 'content';
  const collections = (Object.keys(SECTIONS) as CollectionName[]).map((name) => {
    const section = SECTIONS[name]!;
    const { folder, format, schema } = COLLECTIONS[name];
    const fields = fieldsFor(def(schema).shape as Record<string, unknown>, PLAIN_TEXT[name], name).map((f) =>
      fileField(f, contentDir),
    );
    if (format === 'mdx')
      fields.push({
        name: 'body',
        label: LABELS.body,
        widget: 'markdown',
        hint: HINTS.body,
        // Decap's preview would otherwise render raw HTML from a body (issue 27); the site refuses
        // HTML in bodies anyway, but the editor sees the preview before the check runs.
        sanitize_preview: true,
      });
    return {
      name,
      label: section.label,
      label_singular: section.singular,
      folder: `${contentDir}/${folder}`,
      extension: format,
      format: format === 'mdx' ? 'frontmatter' : 'yaml',
      create: true,
      identifier_field: section.identifier,
      ...(section.path ? { path: section.path } : {}),
      ...(section.slug ? { slug: section.slug } : {}),
      ...(section.summary ? { summary: section.summary } : {}),
      fields,
    };
  });
  return {
    backend: { name: 'github', repo: opts.repo ?? 'EIER/bygdevekstatlas', branch: opts.branch ?? 'main' },
    local_backend: { url: opts.localBackendUrl ?? localBackendUrl() },
    locale: 'nb_no',
    publish_mode: opts.publishMode ?? 'simple',
    media_folder: 'public/media',
    // Ids are file names: ASCII, lower case, hyphens (the validator's id rule).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}

/**
 * A validator's field path («finansiering[1].belop») as the form shows it («Finansiering 2 ›
 * Beløp i hele kroner»), so a save the local backend refuses names the field the editor sees.
 * Undefined when the path is not a form field (a whole-file or body problem).
 */
export function formLabel(collection: CollectionName, felt: string): string | undefined {
  const section = cmsConfig().collections as { name: string; fields: CmsField[] }[];
  let fields: CmsField[] | undefined = section.find((c) => c.name === collection)?.fields;
  const shown: string[] = [];
  for (const part of felt.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    const index = /^\[(\d+)\]$/.exec(part);
    if (index) {
      shown[shown.length - 1] += ` ${Number(index[1]) + 1}`;
      continue;
    }
    const field = fields?.find((f) => f.name === part);
    if (!field) return undefined;
    shown.push(field.label);
    fields = field.fields as CmsField[] | undefined;
  }
  return shown.length > 0 ? shown.join(' › ') : undefined;
}

export function cmsConfigYaml(opts: CmsOptions = {}): string {
  return `# Laget av src/lib/editing/cmsConfig.ts fra skjemaene. Ikke rediger for hånd.\n${stringify(cmsConfig(opts), { lineWidth: 0 })}`;
}
