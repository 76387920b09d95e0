/** Search records: one per page-worthy entry, Norwegian spellings and abbreviations, raw budget sort keys. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { searchRecords, tiltakBudsjett } from '../../src/lib/search/searchRecords.ts';
import { SEARCH_FILTERS, type SearchRecord } from '../../src/lib/search/recordModel.ts';
import { asciiVariants, plainText, titleSortKey } from '../../src/lib/search/recordText.ts';
import { recordHtml } from '../../src/lib/search/recordHtml.ts';
import { searchFacets } from '../../src/lib/search/searchFacets.ts';
import { slug } from '../../src/lib/slug.ts';
import { amountBuckets } from '../../src/lib/search/amountBuckets.ts';
import { writeSearchIndex } from '../../src/lib/search/searchIndex.ts';
import { VALID_FIXTURE } from '../helpers/fixture.ts';
import { tempDir } from '../helpers/tempDir.ts';

const { collections: c } = loadContent();
const records = searchRecords(c);
const byUrl = new Map(records.map((r) => [r.url, r]));
/** Everything a record can be found by: title, text and the extra terms. */
const findable = (r: SearchRecord) => `${r.title} ${r.text} ${r.terms.join(' ')}`;
const hasWord = (haystack: string, word: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'iu',
  ).test(haystack);

describe('search records on the real content', () => {
  it('finds content to index', () => {
    for (const name of [
      'tiltak',
      'delmal',
      'handlingsplaner',
      'piloter',
      'kommuner',
      'tema',
      'aktorer',
    ] as const) {
      expect(c[name].length, name).toBeGreaterThan(0);
    }
  });

  it.each([
    ['tiltak', 'tiltak'],
    ['delmal', 'delmal'],
    ['handlingsplaner', 'handlingsplaner'],
    ['piloter', 'piloter'],
    ['kommuner', 'kommuner'],
    ['tema', 'tema'],
    ['aktorer', 'aktorer'],
  ] as const)('has a non-empty record for every entry in %s, at /%s/<id>/', (collection, path) => {
    for (const e of c[collection]) {
      const r = byUrl.get(`/${path}/${e.id}/`);
      expect(r, `${collection}/${e.id}`).toBeDefined();
      expect(r!.title.trim(), e.id).not.toBe('');
      expect(r!.text.length, e.id).toBeGreaterThan(r!.title.length);
    }
  });

  it('gives every record a unique URL and exactly one type', () => {
    expect(byUrl.size).toBe(records.length);
    for (const r of records) expect(r.filters.type).toEqual([r.type]);
  });

  it('puts the body of a tiltak into its text, without MDX markup', () => {
    const t = c.tiltak.find((x) => x.body.trim().length > 40)!;
    const r = byUrl.get(`/tiltak/${t.id}/`)!;
    expect(r.text).toContain(plainText(t.body).slice(0, 40));
    expect(r.text).not.toMatch(/^#+\s/m);
  });

  it('files a tiltak under its pilot, fylke, kommuner, themes, status, plan year, actors and funding sources', () => {
    for (const t of c.tiltak) {
      const r = byUrl.get(`/tiltak/${t.id}/`)!;
      const plan = c.handlingsplaner.find((p) => p.id === t.data.plan)!;
      const pilot = c.piloter.find((p) => p.id === plan.data.pilot)!;
      expect(r.filters.pilot).toEqual([pilot.id]);
      expect(r.filters.fylke).toEqual([slug(pilot.data.fylke)]);
      // The kommuner the plan names for the tiltak, or else every kommune that names its pilot.
      const pilotKommuner = c.kommuner.filter((k) => k.data.pilot === pilot.id).map((k) => k.id);
      expect([...(r.filters.kommune ?? [])].sort(), t.id).toEqual(
        [...(t.data.kommuner ?? pilotKommuner)].sort(),
      );
      expect(r.filters.tema).toEqual(t.data.tema);
      expect(r.filters.status).toEqual([t.data.status]);
      expect(r.filters.planaar).toEqual([String(plan.data.aar)]);
      for (const a of [...t.data.hovedansvarlige, ...t.data.samarbeidsparter])
        expect(r.filters.aktor, t.id).toContain(a);
      for (const l of t.data.finansiering) expect(r.filters.finansieringskilde, t.id).toContain(l.kilde);
    }
  });
});

describe('budget sort key (raw whole kroner)', () => {
  it('is, for every tiltak, an integer equal to the sum of its funding lines', () => {
    for (const t of c.tiltak) {
      const r = byUrl.get(`/tiltak/${t.id}/`)!;
      const sum = t.data.finansiering.reduce((s, l) => s + (l.belop ?? 0), 0);
      expect(Number.isInteger(r.sort.budsjett), t.id).toBe(true);
      expect(r.sort.budsjett, t.id).toBe(sum);
      // Shown (and in the CSV) only where the plan states an amount: «ikke oppgitt» is not 0.
      const stated = t.data.finansiering.some((l) => l.belop !== null);
      expect(r.meta.budsjett, t.id).toBe(stated ? String(sum) : '');
    }
  });

  it('is, for a plan, a delmål and a pilot, the sum over their tiltak', () => {
    for (const p of c.handlingsplaner) {
      const sum = c.tiltak.filter((t) => t.data.plan === p.id).reduce((s, t) => s + tiltakBudsjett(t), 0);
      expect(byUrl.get(`/handlingsplaner/${p.id}/`)!.sort.budsjett, p.id).toBe(sum);
    }
    for (const d of c.delmal) {
      const sum = c.tiltak.filter((t) => t.data.delmal === d.id).reduce((s, t) => s + tiltakBudsjett(t), 0);
      expect(byUrl.get(`/delmal/${d.id}/`)!.sort.budsjett, d.id).toBe(sum);
    }
    for (const p of c.piloter) {
      const plans = new Set(c.handlingsplaner.filter((h) => h.data.pilot === p.id).map((h) => h.id));
      const sum = c.tiltak.filter((t) => plans.has(t.data.plan)).reduce((s, t) => s + tiltakBudsjett(t), 0);
      expect(byUrl.get(`/piloter/${p.id}/`)!.sort.budsjett, p.id).toBe(sum);
    }
  });

  it('is present on every record (Pagefind leaves records without it out of sorted results), 0 for kommuner, themes and actors', () => {
    for (const r of records) {
      expect(Number.isSafeInteger(r.sort.budsjett) && r.sort.budsjett >= 0, r.url).toBe(true);
      if (['kommune', 'tema', 'aktor'].includes(r.type)) expect(r.sort.budsjett, r.url).toBe(0);
    }
  });

  it('shows a formatted amount only where one is stated', () => {
    const withMoney = records.find((r) => r.type === 'tiltak' && r.sort.budsjett > 0)!;
    expect(withMoney.meta.budsjettTekst).toMatch(/\d kr$/);
    for (const r of records.filter((x) => x.meta.budsjett === '')) {
      expect(r.meta.budsjettTekst, r.url).toBe('');
      expect(r.sort.budsjett, r.url).toBe(0);
    }
    for (const r of records.filter((x) => x.meta.budsjett !== ''))
      expect(r.meta.budsjett).toBe(String(r.sort.budsjett));
    const noAmount = c.tiltak.find((t) => t.data.finansiering.every((l) => l.belop === null));
    if (noAmount) expect(byUrl.get(`/tiltak/${noAmount.id}/`)!.meta.budsjett).toBe('');
  });
});

describe('Norwegian spellings', () => {
  it('adds ASCII spellings for æ and ø (and aa for å), since Pagefind folds only å', () => {
    const v = asciiVariants('Økt næringsutvikling i Holtålen og Røyrvik');
    expect(v).toEqual(
      expect.arrayContaining(['okt', 'oekt', 'naeringsutvikling', 'holtaalen', 'royrvik', 'roeyrvik']),
    );
    expect(v).not.toContain('holtalen');
    expect(asciiVariants('på nå')).toEqual([]);
  });

  it('gives every record with an æ/ø word its ASCII spellings', () => {
    for (const r of records) {
      const words = `${r.title} ${r.text}`.toLowerCase().match(/[\p{L}\p{N}]*[æø][\p{L}\p{N}]*/gu) ?? [];
      for (const w of words.filter((x) => x.length >= 3)) {
        const o = w.replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å/g, 'a');
        expect(r.terms, `${r.url}: ${w}`).toContain(o);
      }
    }
  });

  it('makes «okt» findable wherever «økt» is written, and «trondelag» wherever «Trøndelag» is', () => {
    const okt = records.filter((r) => hasWord(`${r.title} ${r.text}`, 'økt'));
    expect(okt.length).toBeGreaterThan(0);
    for (const r of okt) expect(r.terms, r.url).toContain('okt');
    for (const r of records.filter((x) => hasWord(`${x.title} ${x.text}`, 'Trøndelag'))) {
      expect(r.terms, r.url).toEqual(expect.arrayContaining(['trondelag', 'troendelag']));
    }
  });

  it('sorts titles the Norwegian way (Æ Ø Å after Z) through the sort key', () => {
    const titles = ['Åmot', 'Ørland', 'Zeta', 'Ærlig', 'alfa'];
    expect([...titles].sort((a, b) => (titleSortKey(a) < titleSortKey(b) ? -1 : 1))).toEqual([
      'alfa',
      'Zeta',
      'Ærlig',
      'Ørland',
      'Åmot',
    ]);
  });
});

describe('abbreviations find what they stand for, both ways', () => {
  const aktor = (id: string) => c.aktorer.find((a) => a.id === id);
  const referring = (id: string) =>
    records.filter((r) => r.filters.aktor?.includes(id) && r.type !== 'aktor');

  it.each([
    ['trondelag-fylkeskommune', 'TRFK', 'Trøndelag fylkeskommune'],
    ['kdd', 'KDD', 'Kommunal- og distriktsdepartementet'],
    ['nav', 'NAV', 'Nav'],
  ])('a record about %s carries both «%s» and «%s»', (id, short, long) => {
    expect(aktor(id), id).toBeDefined();
    const rs = referring(id).filter((r) => r.type === 'tiltak' || r.type === 'delmal');
    expect(rs.length, id).toBeGreaterThan(0);
    for (const r of rs) {
      expect(hasWord(findable(r), short), `${r.url} mangler ${short}`).toBe(true);
      expect(hasWord(findable(r), long), `${r.url} mangler ${long}`).toBe(true);
    }
  });

  it('uses every alias from content/aktorer, not a hard-coded list (tiltak: every actor they name)', () => {
    for (const a of c.aktorer) {
      for (const r of referring(a.id).filter((x) => x.type === 'tiltak')) {
        for (const alias of a.data.aliaser)
          expect(hasWord(findable(r), alias), `${r.url}: ${a.id} «${alias}»`).toBe(true);
      }
    }
  });

  it('expands «TRFK» written in a text to Trøndelag fylkeskommune, even without a reference', () => {
    const mentioning = records.filter((r) => /(?<![\p{L}])TRFK(?![\p{L}])/u.test(r.text));
    expect(mentioning.length).toBeGreaterThan(0);
    for (const r of mentioning) expect(hasWord(findable(r), 'Trøndelag fylkeskommune'), r.url).toBe(true);
  });

  it('ties «IN» to Indre Namdal', () => {
    const r = records.find((x) => x.url === '/aktorer/bygdevekst-indre-namdal/');
    expect(r).toBeDefined();
    expect(hasWord(findable(r!), 'IN')).toBe(true);
    expect(hasWord(findable(r!), 'Indre Namdal')).toBe(true);
    const pilot = records.find((x) => x.url === '/piloter/indre-namdal/');
    if (pilot) expect(hasWord(findable(pilot), 'IN')).toBe(true);
  });

  it('gives every tiltak funded with bygdevekstmidler both «BV-midler» and «Bygdevekstmidler»', () => {
    const funded = records.filter(
      (r) => r.type === 'tiltak' && r.filters.finansieringskilde?.includes('bygdevekstmidler'),
    );
    expect(funded.length).toBeGreaterThan(0);
    for (const r of funded) {
      expect(hasWord(findable(r), 'BV-midler'), r.url).toBe(true);
      expect(hasWord(findable(r), 'Bygdevekstmidler'), r.url).toBe(true);
    }
  });

  it("does not tie a generic word («Fylkeskommunen») in another county's text to Trøndelag", () => {
    const innlandet = records.filter(
      (r) =>
        r.filters.fylke?.includes('innlandet') &&
        !r.filters.fylke.includes('trondelag') &&
        r.type === 'pilot',
    );
    for (const r of innlandet) {
      if (!r.filters.aktor?.includes('trondelag-fylkeskommune')) expect(r.terms, r.url).not.toContain('TRFK');
    }
  });
});

describe('facets for the search page', () => {
  const facets = searchFacets(records, c);
  it('offers every filter, each value labelled and counted', () => {
    expect(facets.map((f) => f.key)).toEqual(SEARCH_FILTERS.map((f) => f.key));
    for (const f of facets) {
      for (const o of f.options) {
        expect(o.label.trim(), `${f.key}=${o.value}`).not.toBe('');
        expect(o.antall).toBe(records.filter((r) => r.filters[f.key]?.includes(o.value)).length);
      }
    }
  });
  it('labels ids with names (pilot, kommune, fylke, status)', () => {
    const f = (k: string) => facets.find((x) => x.key === k)!.options;
    const p = c.piloter[0];
    expect(f('pilot').find((o) => o.value === p.id)?.label).toBe(p.data.navn);
    expect(f('fylke').map((o) => o.label)).toContain('Trøndelag');
    expect(f('type').map((o) => o.label)).toEqual(expect.arrayContaining(['Tiltak', 'Delmål', 'Kommune']));
  });
});

describe('the document Pagefind indexes', () => {
  const r = records.find((x) => x.type === 'tiltak' && x.sort.budsjett > 0)!;
  const html = recordHtml(r);
  it('is Norwegian, with only the record as body and the title weighted', () => {
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('data-pagefind-body');
    expect(html).toMatch(/<h1 data-pagefind-weight="10">/);
    expect(html).toContain('data-pagefind-weight="0.5"');
  });
  it('carries filters and sort keys as raw values in an ignored element', () => {
    expect(html).toContain(`data-pagefind-sort="budsjett[data-v]" data-v="${r.sort.budsjett}"`);
    expect(html).toContain(`data-pagefind-filter="pilot[data-v]" data-v="${r.filters.pilot![0]}"`);
    expect(html).toMatch(/<div data-pagefind-ignore>.*data-pagefind-filter/);
  });
  it('files a stated amount under amount buckets, and an unstated one under none', () => {
    const stated = records.find((r) => r.type === 'tiltak' && r.meta.budsjett !== '')!;
    const html = recordHtml(stated);
    for (const b of amountBuckets(Number(stated.meta.budsjett)))
      expect(html).toContain(`data-pagefind-filter="belop[data-v]" data-v="${b}"`);
    const unstated = records.find((r) => r.type === 'kommune')!;
    expect(unstated.meta.budsjett).toBe('');
    expect(recordHtml(unstated)).not.toContain('data-pagefind-filter="belop');
  });

  it('escapes text', () => {
    const x = recordHtml({ ...r, title: 'A & B <i>', text: '"sitat" <b>' });
    expect(x).toContain('A &amp; B &lt;i&gt;');
    expect(x).not.toContain('<b>');
  });
});

describe('on the small fixture site', () => {
  const f = loadContent(VALID_FIXTURE).collections;
  const rs = searchRecords(f);
  it('makes one record per entry with the expected URLs', () => {
    expect(rs.map((r) => r.url).sort()).toEqual(
      [
        '/aktorer/testby-kommune/',
        '/delmal/testpilot-d1/',
        '/handlingsplaner/testpilot-2025/',
        '/kommuner/testby/',
        '/piloter/testpilot/',
        '/tema/bolig/',
        '/tiltak/testpilot-2025-d1-1/',
      ].sort(),
    );
  });
  it('sums the tiltak and files the kommune under its pilot', () => {
    expect(rs.find((r) => r.type === 'tiltak')!.sort.budsjett).toBe(100000);
    expect(rs.find((r) => r.type === 'pilot')!.sort.budsjett).toBe(100000);
    expect(rs.find((r) => r.type === 'kommune')!.filters.pilot).toEqual(['testpilot']);
  });
});

describe('what a hit shows and exports', () => {
  it('gives every record a snippet from its own summary, never the extra terms', () => {
    for (const r of records) {
      expect(r.meta.utdrag.trim(), r.url).not.toBe('');
      expect(r.meta.utdrag, r.url).not.toMatch(/Også:/);
      expect(r.meta.utdrag.length, r.url).toBeLessThanOrEqual(230);
    }
    for (const t of c.tiltak) {
      const r = byUrl.get(`/tiltak/${t.id}/`)!;
      const start = r.meta.utdrag.replace(/ …$/, '');
      expect(plainText(t.body).startsWith(start), t.id).toBe(true);
    }
    // An alias that the summary does not use stays out of the snippet («TRFK» for the county).
    const trfk = byUrl.get('/aktorer/trondelag-fylkeskommune/')!;
    expect(trfk.terms.some((x) => /TRFK/i.test(x)) || trfk.text.includes('TRFK')).toBe(true);
    const beskrivelse = c.aktorer.find((a) => a.id === 'trondelag-fylkeskommune')!.data.beskrivelse ?? '';
    if (!beskrivelse.includes('TRFK')) expect(trfk.meta.utdrag).not.toContain('TRFK');
  });

  it('gives a tiltak its plan year, delmål, responsible, bygdevekstmidler and source lines', () => {
    const plans = new Map(c.handlingsplaner.map((h) => [h.id, h.data]));
    const delmal = new Map(c.delmal.map((d) => [d.id, d.data]));
    let withBvm = 0;
    for (const t of c.tiltak) {
      const r = byUrl.get(`/tiltak/${t.id}/`)!;
      expect(r.meta.planaar, t.id).toBe(String(plans.get(t.data.plan)!.aar));
      if (t.data.delmal)
        expect(r.meta.delmal, t.id).toMatch(new RegExp(`^${delmal.get(t.data.delmal)!.nr} `));
      else expect(r.meta.delmal, t.id).toBe('tverrgående');
      if (t.data.hovedansvarligTekst) expect(r.meta.ansvarlig, t.id).toBe(t.data.hovedansvarligTekst);
      const bvmLines = t.data.finansiering.filter((l) => l.kilde === 'bygdevekstmidler' && l.belop !== null);
      const bvm = bvmLines.reduce((s, l) => s + l.belop!, 0);
      expect(r.meta.bygdevekstmidler, t.id).toBe(bvmLines.length > 0 ? String(bvm) : '');
      if (bvmLines.length > 0) withBvm++;
      expect(r.meta.kilde, t.id).toMatch(/, linje \d+(–\d+)?$/);
    }
    expect(withBvm).toBeGreaterThan(0);
  });

  it('says what a tiltak amount covers: all sources, and the bygdevekstmidler in it', () => {
    const mixed = c.tiltak.find(
      (t) =>
        t.data.finansiering.some((l) => l.kilde === 'bygdevekstmidler' && l.belop) &&
        t.data.finansiering.some((l) => l.kilde !== 'bygdevekstmidler' && l.belop),
    );
    expect(mixed).toBeDefined();
    const r = byUrl.get(`/tiltak/${mixed!.id}/`)!;
    expect(r.meta.budsjettTekst).toMatch(
      /^Alle kilder: [\d\s\u00a0]+ kr, av dette bygdevekstmidler [\d\s\u00a0]+ kr$/,
    );
  });
});

describe('the index step of the build (src/lib/search/searchIndex.ts, in the build process)', () => {
  it('writes a Pagefind bundle for the fixture site from its records', async () => {
    const out = join(tempDir('sok'), 'pagefind');
    const summary = await writeSearchIndex(searchRecords(loadContent(VALID_FIXTURE).collections), out);
    expect(summary.records).toBe(7);
    expect(summary.perType.get('tiltak')).toBe(1);
    expect(summary.words).toBeGreaterThan(0);
    expect(existsSync(join(out, 'pagefind.js'))).toBe(true);
    expect(readdirSync(join(out, 'fragment'))).toHaveLength(7);
  }, 60_000);

  it('refuses, in Norwegian, two records at one address and an empty set, writing nothing', async () => {
    const out = join(tempDir('sok'), 'pagefind');
    const fixture = searchRecords(loadContent(VALID_FIXTURE).collections);
    await expect(writeSearchIndex([...fixture, fixture[0]], out)).rejects.toThrow(
      `to søkeposter har samme adresse ${fixture[0].url}`,
    );
    await expect(writeSearchIndex([], out)).rejects.toThrow('ingen søkeposter');
    expect(existsSync(out)).toBe(false);
  });
});

describe('lessons and initiatives are their own record types', () => {
  it('every lesson and every initiative has a record at its page', () => {
    expect(c.laering.length).toBeGreaterThan(0);
    for (const l of c.laering) expect(byUrl.get(`/laering/${l.id}/`)?.type).toBe('laerdom');
    for (const i of c.initiativer) expect(byUrl.get(`/initiativer/${i.id}/`)?.type).toBe('initiativ');
  });
  it('a lesson is filterable by initiative, theme, kind and (through its tiltak) pilot', () => {
    const r = byUrl.get('/laering/in-bestillingstransport-krever-langsiktighet/')!;
    expect(r.filters.laeringsslag).toEqual(['erfaring']);
    expect(r.filters.tema).toEqual(['mobilitet']);
    expect(r.filters.pilot?.sort()).toEqual(['indre-namdal', 'rindal-holtalen']);
    expect(byUrl.get('/laering/snasa-samskaping-raskere-planer/')!.filters.initiativ).toEqual(['i-lag']);
  });
  it('I LAG’s kommuner are searchable by name but never become kommune filter values', () => {
    const iLag = byUrl.get('/initiativer/i-lag/')!;
    expect(hasWord(findable(iLag), 'Snåsa')).toBe(true);
    const kommuneValues = new Set(records.flatMap((r) => r.filters.kommune ?? []));
    for (const navn of ['snasa', 'leka', 'hoylandet', 'meraker', 'tydal', 'rennebu'])
      expect(kommuneValues.has(navn)).toBe(false);
    expect(records.filter((r) => r.type === 'kommune')).toHaveLength(c.kommuner.length);
  });
  it('the facets offer the initiatives and the kinds of lesson', () => {
    const facets = searchFacets(records, c);
    const initiativ = facets.find((f) => f.key === 'initiativ')!;
    expect(initiativ.options[0]).toMatchObject({ value: 'i-lag', label: 'I LAG' });
    expect(facets.find((f) => f.key === 'laeringsslag')!.options.map((o) => o.label)).toEqual([
      'Erfaring',
      'Anbefaling',
      'Overføringsverdi',
    ]);
  });
});
