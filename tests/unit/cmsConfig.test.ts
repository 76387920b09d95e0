import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adminCsp, adminHtml, decapBundleFiles } from '../../src/lib/editing/adminPage.ts';
import { cmsPort, localBackendOrigin, localBackendUrl } from '../../src/lib/editing/localBackend.ts';
import {
  cmsConfig,
  cmsConfigYaml,
  fieldFor,
  formLabel,
  NOT_IN_CMS,
  type CmsField,
} from '../../src/lib/editing/cmsConfig.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../../src/schemas/index.ts';
import { AKTOR_TYPER, FINANSIERINGSKILDER, TILTAK_STATUSER } from '../../src/schemas/vocabulary.ts';
import { z } from 'astro/zod';

type Collection = { name: string; folder: string; extension: string; fields: CmsField[]; path?: string };
const config = cmsConfig() as {
  collections: Collection[];
  local_backend: unknown;
  backend: { name: string };
};
const byName = new Map(config.collections.map((c) => [c.name, c]));
const field = (c: string, f: string) => byName.get(c)!.fields.find((x) => x.name === f)!;

describe('the CMS configuration is generated from the schemas', () => {
  it('covers tiltak, delmål, plans, actors, themes and sources, in their folders and formats', () => {
    for (const name of ['tiltak', 'delmal', 'handlingsplaner', 'aktorer', 'tema', 'kilder'] as const) {
      const c = byName.get(name);
      expect(c, name).toBeDefined();
      expect(c!.folder).toBe(`content/${COLLECTIONS[name].folder}`);
      expect(c!.extension).toBe(COLLECTIONS[name].format);
    }
  });

  it('gives every collection a form, or states why it has none', () => {
    for (const name of COLLECTION_NAMES) {
      const reason = NOT_IN_CMS[name];
      expect(byName.has(name) !== (reason !== undefined), name).toBe(true);
      if (reason !== undefined) expect(reason.trim().length, name).toBeGreaterThan(20);
    }
    expect(config.collections.map((c) => c.name).sort()).toEqual(
      COLLECTION_NAMES.filter((n) => NOT_IN_CMS[n] === undefined).sort(),
    );
  });

  it('matches the schemas field for field at every depth, leaving out only the stated tables', () => {
    type Def = { type: string } & Record<string, unknown>;
    const defOf = (s: unknown) => (s as { _zod: { def: Def } })._zod.def;
    const bare = (s: unknown): Def => {
      const d = defOf(s);
      if (['optional', 'nullable', 'default'].includes(d.type)) return bare(d.innerType);
      if (d.type === 'pipe') return bare(defOf(d.in).type === 'transform' ? d.out : d.in);
      return d;
    };
    const left: string[] = [];
    const compare = (path: string, shape: Record<string, unknown>, fields: CmsField[]) => {
      const names = fields.map((f) => f.name).filter((n) => n !== 'body');
      const expected = Object.keys(shape).filter((k) => names.includes(k) || !left.push(`${path}.${k}`));
      expect(names, path).toEqual(expected);
      for (const f of fields.filter((x) => x.name !== 'body')) {
        let d = bare(shape[f.name]);
        if (d.type === 'array') d = bare(d.element);
        if (d.type === 'object') {
          expect(f.fields, `${path}.${f.name}`).toBeDefined();
          compare(`${path}.${f.name}`, d.shape as Record<string, unknown>, f.fields as CmsField[]);
        }
      }
    };
    for (const c of config.collections) {
      compare(c.name, bare(COLLECTIONS[c.name as keyof typeof COLLECTIONS].schema).shape as never, c.fields);
    }
    // The stated budget tables (maps from column id to amount) are the one thing left to the file.
    expect(left).toEqual(['handlingsplaner.oppgitteTabeller']);
  });

  it('marks a field required exactly when the schema refuses it missing, at every depth', () => {
    expect(field('tiltak', 'tittel').required).toBe(true);
    expect(field('tiltak', 'tema').required).toBe(true);
    expect(field('tiltak', 'statusTekst').required).toBe(false);
    expect(field('tiltak', 'andreTitler').required).toBe(false);
    expect(field('aktorer', 'beskrivelse').required).toBe(false);
    // Decap leaves an empty field out of the file (it never writes null), so a field the form lets
    // an editor leave empty must be one the schema accepts absent: `.nullable().default(null)`.
    type Shape = Record<string, z.ZodType>;
    const inner = (s: unknown): { shape?: Shape; element?: unknown } => {
      const d = (s as { _zod: { def: Record<string, unknown> } })._zod.def;
      if (['optional', 'nullable', 'default'].includes(d.type as string)) return inner(d.innerType);
      if (d.type === 'array') return inner(d.element);
      return { shape: d.type === 'object' ? (d.shape as Shape) : undefined };
    };
    let checked = 0;
    let loosened = 0;
    // Inside an optional object nothing is required in the form: Decap would otherwise demand the
    // parts of an object the entry leaves out (a lesson's «Mottaker»); the validator checks them on save.
    const walk = (path: string, shape: Shape, fields: CmsField[], inOptionalObject = false) => {
      for (const f of fields.filter((x) => x.name !== 'body')) {
        const missingOk = shape[f.name].safeParse(undefined).success;
        expect(f.required, `${path}.${f.name}`).toBe(inOptionalObject ? false : !missingOk);
        checked++;
        if (inOptionalObject && !missingOk) loosened++;
        const sub = inner(shape[f.name]).shape;
        const optionalObject = inOptionalObject || (f.widget === 'object' && missingOk);
        if (sub && Array.isArray(f.fields))
          walk(`${path}.${f.name}`, sub, f.fields as CmsField[], f.widget === 'object' && optionalObject);
      }
    };
    for (const c of config.collections)
      walk(c.name, inner(COLLECTIONS[c.name as keyof typeof COLLECTIONS].schema).shape!, c.fields);
    expect(checked).toBeGreaterThan(200);
    expect(loosened).toBeGreaterThan(0);
    const mottaker = field('laering', 'mottaker');
    expect(mottaker.required).toBe(false);
    expect((mottaker.fields as CmsField[]).map((f) => [f.name, f.required])).toEqual([
      ['initiativ', false],
      ['tekst', false],
    ]);
  });

  it('labels fields in Norwegian with æøå, and hints each «Tekst» for where it sits', () => {
    const walk = (fields: CmsField[]): CmsField[] =>
      fields.flatMap((f) => [
        f,
        ...walk((f.fields as CmsField[] | undefined) ?? []),
        ...(f.field ? [f.field as CmsField] : []),
      ]);
    const all = config.collections.flatMap((c) => walk(c.fields));
    expect(all.length).toBeGreaterThan(200);
    // ASCII stand-ins for æ, ø and å in a label («Pastand», «Laert av», «Saerlige roller»).
    for (const f of all) expect(f.label, f.name).not.toMatch(/aa|ae|oe(?!n)|Aa|Ae/);
    expect(field('laering', 'pastand').label).toBe('Påstand');
    expect(field('laering', 'laertAv').label).toBe('Lært av');
    const tekstIn = (c: string, parent: string) =>
      (field(c, parent).fields as CmsField[]).find((f) => f.name === 'tekst')!.hint as string;
    expect(tekstIn('laering', 'belegg')).toMatch(/egne ord/);
    expect(tekstIn('laering', 'mottaker')).toMatch(/slik kilden ordlegger det/);
    expect(tekstIn('tiltak', 'andreTitler')).toMatch(/nøyaktig slik kilden trykker den/);
    expect(tekstIn('laering', 'mottaker')).not.toMatch(/tittel/);
  });

  it('offers the vocabularies as choices, with their Norwegian names', () => {
    expect(field('tiltak', 'status').options).toEqual(
      TILTAK_STATUSER.map((s) => ({ label: s.navn, value: s.id })),
    );
    expect(field('aktorer', 'type').options).toEqual(
      AKTOR_TYPER.map((s) => ({ label: s.navn, value: s.id })),
    );
    // «fylkeskommune» is an id in two vocabularies, with two names.
    const linje = (field('tiltak', 'finansiering').fields as CmsField[]).find((f) => f.name === 'kilde')!;
    expect(linje.options).toEqual(FINANSIERINGSKILDER.map((s) => ({ label: s.navn, value: s.id })));
  });

  it('turns references into choices of existing entries, valued by file name (the id)', () => {
    expect(field('tiltak', 'plan')).toMatchObject({
      widget: 'relation',
      collection: 'handlingsplaner',
      multiple: false,
    });
    expect(field('tiltak', 'tema')).toMatchObject({ widget: 'relation', collection: 'tema', multiple: true });
    expect(field('tiltak', 'hovedansvarlige')).toMatchObject({
      collection: 'aktorer',
      value_field: '{{filename}}',
    });
    const kilde = field('tiltak', 'kilde').fields as CmsField[];
    expect(kilde.find((f) => f.name === 'dokument')).toMatchObject({
      widget: 'relation',
      collection: 'kilder',
    });
    expect(kilde.find((f) => f.name === 'linjer')).toMatchObject({ widget: 'list', min: 2, max: 2 });
    for (const c of config.collections) {
      const walk = (fs: CmsField[]): void =>
        fs.forEach((f) => {
          if (f.widget === 'relation')
            expect(byName.has(f.collection as string), `${c.name}.${f.name}`).toBe(true);
          if (Array.isArray(f.fields)) walk(f.fields as CmsField[]);
        });
      walk(c.fields);
    }
  });

  it('covers initiatives, lessons and capacity diamonds, with their references and half-point scores', () => {
    expect(field('initiativer', 'delAv')).toMatchObject({ widget: 'relation', collection: 'initiativer' });
    expect(
      (field('initiativer', 'eier').fields as CmsField[]).find((f) => f.name === 'aktorer'),
    ).toMatchObject({ widget: 'relation', collection: 'aktorer', multiple: true });
    const laertAv = field('laering', 'laertAv').fields as CmsField[];
    expect(laertAv.find((f) => f.name === 'kommune')).toMatchObject({
      collection: 'kommuner',
      multiple: false,
    });
    expect(field('laering', 'tiltak')).toMatchObject({
      collection: 'tiltak',
      multiple: true,
      required: false,
    });
    expect(field('laering', 'belegg').required).toBe(true);
    // The I LAG kommuner are not pilot kommuner: a diamond names its kommune in plain text.
    expect(field('kapasitetsdiamant', 'kommune').widget).toBe('string');
    expect(field('kapasitetsdiamant', 'initiativ')).toMatchObject({ collection: 'initiativer' });
    const runde = field('kapasitetsdiamant', 'runder').fields as CmsField[];
    const skar = (runde.find((f) => f.name === 'dimensjoner')!.fields as CmsField[]).find(
      (f) => f.name === 'skar',
    );
    expect(skar).toMatchObject({ widget: 'number', value_type: 'float', step: 0.5 });
    expect(field('tiltak', 'finansiering').fields).toContainEqual(
      expect.objectContaining({ name: 'belop', widget: 'kroner' }),
    );
  });

  it('sanitises the preview of every Markdown field, so raw HTML in a body never runs in /admin/', () => {
    const walk = (fields: CmsField[]): CmsField[] =>
      fields.flatMap((f) => [f, ...walk((f.fields as CmsField[] | undefined) ?? [])]);
    const markdown = config.collections.flatMap((c) => walk(c.fields)).filter((f) => f.widget === 'markdown');
    const mdx = COLLECTION_NAMES.filter((n) => byName.has(n) && COLLECTIONS[n].format === 'mdx');
    expect(mdx.length).toBeGreaterThan(0);
    expect(markdown).toHaveLength(mdx.length);
    for (const f of markdown) expect(f.sanitize_preview, f.name).toBe(true);
  });

  it('gives every amount field the kroner widget, whose pattern refuses 350.000 and 250 000 at the field', () => {
    const walk = (fields: CmsField[]): CmsField[] =>
      fields.flatMap((f) => [f, ...walk((f.fields as CmsField[] | undefined) ?? [])]);
    const amounts = config.collections.flatMap((c) => walk(c.fields)).filter((f) => f.name === 'belop');
    // tiltak, plan tables left aside, pilot agreement funding and pages each have one.
    expect(amounts.length).toBeGreaterThanOrEqual(3);
    for (const f of amounts) {
      expect(f.widget, f.label).toBe('kroner');
      const [source, message] = f.pattern as [string, string];
      const rule = new RegExp(source);
      // Decap tests the field's value: a number once typed as digits, else the text as typed.
      for (const good of [350000, '350000', 0]) expect(rule.test(String(good)), String(good)).toBe(true);
      for (const bad of ['350.000', '250 000', '350,5', '-5', '1e6', 'kr 350000'])
        expect(rule.test(bad), bad).toBe(false);
      expect(message).toMatch(/hele kroner.*350000/);
    }
  });

  it('names a validator field path by the form labels an editor sees', () => {
    expect(formLabel('tiltak', 'finansiering[1].belop')).toBe('Finansiering 2 › Beløp i hele kroner');
    expect(formLabel('tiltak', 'delmal')).toBe('Delmål');
    expect(formLabel('tiltak', 'finnesIkke')).toBeUndefined();
  });

  it('stores tiltak and delmål in their sub-folders, as the content does', () => {
    expect(byName.get('tiltak')!.path).toBe('{{plan}}/{{plan}}-{{slug}}');
    expect(byName.get('delmal')!.path).toBe('{{pilot}}/{{pilot}}-d{{nr}}');
  });

  it('follows a new schema field without a change to the generator', () => {
    const f = fieldFor('kommuner', z.array(z.string()).default([]));
    expect(f).toMatchObject({ widget: 'relation', collection: 'kommuner', multiple: true, required: false });
    expect(fieldFor('verdier', z.record(z.string(), z.number()))).toBeNull();
  });

  it('uses the local backend at CMS_PORT on 127.0.0.1, GitHub otherwise, and round-trips as YAML', () => {
    expect(config.backend.name).toBe('github');
    expect(config.local_backend).toEqual({ url: `http://127.0.0.1:${cmsPort()}/api/v1` });
    const local = parse(cmsConfigYaml({ localBackendUrl: 'http://127.0.0.1:9/api/v1' }));
    expect(local.local_backend).toEqual({ url: 'http://127.0.0.1:9/api/v1' });
    expect(local.collections).toHaveLength(config.collections.length);
  });
});

describe('the /admin/ page', () => {
  it('loads only the bundle beside it, and its policy allows no other script host', () => {
    const html = adminHtml();
    expect(html.match(/<script[^>]*>/g)).toEqual([
      '<script src="decap-cms.js">',
      '<script src="redigering.js">',
    ]);
    expect(html).toContain('noindex');
    expect(adminCsp()).toMatch(/script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval';/);
    expect(adminCsp()).toContain(
      `connect-src 'self' http://127.0.0.1:${cmsPort()} https://api.github.com blob:;`,
    );
  });

  it('follows CMS_PORT, and refuses a setting that is not a port', () => {
    expect(cmsPort({})).toBe(8081);
    expect(cmsPort({ CMS_PORT: '9123' })).toBe(9123);
    expect(localBackendUrl(9123)).toBe('http://127.0.0.1:9123/api/v1');
    expect(parse(cmsConfigYaml({ localBackendUrl: localBackendUrl(9123) })).local_backend).toEqual({
      url: 'http://127.0.0.1:9123/api/v1',
    });
    expect(adminCsp([localBackendOrigin(9123)])).toContain(
      "connect-src 'self' http://127.0.0.1:9123 https://api.github.com blob:;",
    );
    for (const bad of ['0', '70000', '80a', '-1', '8081.5']) {
      expect(() => cmsPort({ CMS_PORT: bad }), bad).toThrow(/^CMS_PORT=".*" er ikke et portnummer/);
    }
  });

  it('ships the bundle, its chunks and WebAssembly, not source maps or the twin build', () => {
    expect(
      decapBundleFiles([
        'decap-cms.js',
        '103.decap-cms.js',
        'cms.js',
        'decap-cms.js.map',
        'ab12.wasm',
        'cms.css',
      ]),
    ).toEqual(['103.decap-cms.js', 'ab12.wasm', 'decap-cms.js']);
    expect(decapBundleFiles()).toContain('decap-cms.js');
  });
});
