/** The search page's pure parts: URL state with the amount range, ranking by name, snippets, CSV. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { searchRecords } from '../../src/lib/search/searchRecords.ts';
import type { SearchRecord } from '../../src/lib/search/recordModel.ts';
import {
  correctedQuery,
  CSV_COLUMNS,
  csvFileName,
  filterCount,
  hasWordOf,
  inAmountRange,
  kroner,
  markSnippet,
  paramsFromState,
  rankByName,
  resultsCsv,
  sameWord,
  stateFromParams,
  type SearchState,
} from '../../src/lib/search/searchUi.ts';
import { parseCsv } from '../helpers/csv.ts';

const { collections: c } = loadContent();
const records = searchRecords(c);

const known = new Map([
  ['pilot', new Set(['indre-namdal', 'rindal-holtalen'])],
  ['type', new Set(['tiltak'])],
]);
const empty: SearchState = { q: '', filters: {}, sort: 'relevans', fra: null, til: null };

describe('URL state', () => {
  it('reads query, filters, amount range and sort from the URL, dropping unknown values', () => {
    const s = stateFromParams(
      new URLSearchParams(
        'q=bolig&pilot=indre-namdal&pilot=ukjent&type=tiltak&fra=500001&til=2000000&sort=budsjett-desc&x=1',
      ),
      known,
    );
    expect(s).toEqual({
      q: 'bolig',
      filters: { pilot: ['indre-namdal'], type: ['tiltak'] },
      sort: 'budsjett-desc',
      fra: 500001,
      til: 2000000,
    });
    expect(stateFromParams(new URLSearchParams('sort=tull'), known).sort).toBe('relevans');
  });

  it('ignores an amount that is not a whole number of kroner', () => {
    for (const bad of ['-5', 'abc', '1,5', '1e6', ''])
      expect(stateFromParams(new URLSearchParams({ fra: bad }), known).fra, bad).toBeNull();
    expect(kroner('500 000')).toBe(500000);
    expect(kroner('500\u00a0000')).toBe(500000);
  });

  it('writes the same state back in a stable order', () => {
    const s: SearchState = {
      q: 'økt bolig',
      filters: { type: ['tiltak'], pilot: ['rindal-holtalen'] },
      sort: 'budsjett-asc',
      fra: 100000,
      til: null,
    };
    const qs = paramsFromState(s, ['pilot', 'type']);
    expect(qs).toBe('q=%C3%B8kt+bolig&pilot=rindal-holtalen&type=tiltak&fra=100000&sort=budsjett-asc');
    expect(stateFromParams(new URLSearchParams(qs), known)).toEqual(s);
    expect(paramsFromState(empty, [])).toBe('');
  });

  it('counts the amount range as one filter, for «Filtrer (n)»', () => {
    expect(filterCount(empty)).toBe(0);
    expect(filterCount({ ...empty, filters: { pilot: ['a', 'b'], type: ['tiltak'] } })).toBe(3);
    expect(filterCount({ ...empty, fra: 1, til: 2 })).toBe(1);
    expect(filterCount({ ...empty, til: 0 })).toBe(1);
  });
});

describe('amount range', () => {
  it('keeps amounts inside the range, bounds included, and never a hit without a stated amount', () => {
    expect(inAmountRange('500000', 500000, null)).toBe(true);
    expect(inAmountRange('499999', 500000, null)).toBe(false);
    expect(inAmountRange('500000', null, 500000)).toBe(true);
    expect(inAmountRange('500001', null, 500000)).toBe(false);
    expect(inAmountRange('', 0, null)).toBe(false);
    expect(inAmountRange(undefined, null, 10)).toBe(false);
    expect(inAmountRange('', null, null)).toBe(true);
  });

  it('picks out «every tiltak over 500 000 kr» from the real records', () => {
    const over = records.filter((r) => r.type === 'tiltak' && inAmountRange(r.meta.budsjett, 500001, null));
    const expected = c.tiltak.filter(
      (t) => t.data.finansiering.reduce((s, l) => s + (l.belop ?? 0), 0) > 500000,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(over.map((r) => r.url).sort()).toEqual(expected.map((t) => `/tiltak/${t.id}/`).sort());
  });
});

describe('words and inflections', () => {
  it('takes inflected forms as the same word, and a shared first syllable as not', () => {
    expect(sameWord('bolig', 'boligene')).toBe(true);
    expect(sameWord('boligene', 'boliger')).toBe(true);
    expect(sameWord('rekrutteringen', 'rekruttering')).toBe(true);
    expect(sameWord('grong', 'grongs')).toBe(true);
    expect(sameWord('tana', 'tanken')).toBe(false);
    expect(sameWord('bolig', 'boligbygging')).toBe(false);
    expect(hasWordOf('Deatnu - Tana', 'tana')).toBe(true);
    expect(hasWordOf('tanken er god', 'Tana')).toBe(false);
  });
});

/** What Pagefind gives back for a record: its title, type and indexed text (text and extra terms). */
const asHit = (r: SearchRecord) => ({
  title: r.title,
  names: r.meta.andreNavn.split(' | ').filter(Boolean),
  type: r.type,
  content: `${r.text} Også: ${r.terms.join(', ')}`,
});

describe('ranking by name, on the real records', () => {
  it('puts the kommune «Grong» before the actor «Grong kommune», whatever order Pagefind gives', () => {
    const hits = records.filter((r) => /grong/i.test(`${r.title} ${r.text}`));
    expect(hits.map((h) => h.url)).toEqual(
      expect.arrayContaining(['/kommuner/grong/', '/aktorer/grong-kommune/']),
    );
    // Worst case: Pagefind scores the actor and everything else above the kommune.
    const order = [...hits].sort(
      (a, b) => Number(a.url === '/kommuner/grong/') - Number(b.url === '/kommuner/grong/'),
    );
    const ranked = rankByName(order.map(asHit), 'Grong').map((i) => order[i].url);
    expect(ranked[0]).toBe('/kommuner/grong/');
    expect(ranked.length).toBe(order.length);
  });

  it('puts the entity that goes by an abbreviation first («KDD» → the ministry)', () => {
    const hits = records.filter((r) => /(?<![\p{L}])KDD(?![\p{L}])/u.test(`${r.text} ${r.terms.join(' ')}`));
    expect(hits.length).toBeGreaterThan(2);
    const order = [
      ...hits.filter((r) => r.url !== '/aktorer/kdd/'),
      ...hits.filter((r) => r.url === '/aktorer/kdd/'),
    ];
    expect(order.at(-1)!.url).toBe('/aktorer/kdd/');
    expect(order[rankByName(order.map(asHit), 'KDD')[0]].url).toBe('/aktorer/kdd/');
  });

  it('«Tana» leaves out what only a shared prefix found («tanken»), and puts the kommune first', () => {
    // Pagefind's prefix and stem search reaches every record with a word starting with «tan».
    const reached = records.filter((r) =>
      /(?<![\p{L}])tan/iu.test(`${r.title} ${r.text} ${r.terms.join(' ')}`),
    );
    const noise = reached.filter(
      (r) => !/(?<![\p{L}])tana(?![\p{L}])/iu.test(`${r.title} ${r.text} ${r.terms.join(' ')}`),
    );
    expect(noise.length).toBeGreaterThan(0);
    const order = [...noise, ...reached.filter((r) => !noise.includes(r))];
    const ranked = rankByName(order.map(asHit), 'Tana').map((i) => order[i]);
    expect(ranked[0].url).toBe('/kommuner/tana/');
    for (const r of ranked) expect(noise, r.url).not.toContain(r);
  });

  it('keeps compounds («bolig» in «boligbygging») and keeps prefix-only hits when nothing better exists', () => {
    const hits = [
      { title: 'Boligbygging i distriktene', type: 'delmal', content: 'boligbygging' },
      { title: 'Annet', type: 'tiltak', content: 'bolig for unge' },
    ];
    expect(rankByName(hits, 'bolig')).toEqual([1, 0]);
    const weak = [{ title: 'Tankegang', type: 'tiltak', content: 'tanken' }];
    expect(rankByName(weak, 'Tana')).toEqual([0]);
  });
});

describe('snippet', () => {
  it('escapes the text and marks the query words', () => {
    expect(markSnippet('Boliger <b> i Grong & Lierne', 'grong bolig')).toBe(
      '<mark>Boliger</mark> &lt;b&gt; i <mark>Grong</mark> &amp; Lierne',
    );
    expect(markSnippet('a < b', '')).toBe('a &lt; b');
  });
});

describe('CSV', () => {
  const hit = (meta: Record<string, string>) => ({ url: 'https://x/tiltak/a/', meta });

  it('has the agreed columns: year, delmål, responsible, both amounts and the source lines', () => {
    const csv = parseCsv(
      resultsCsv([
        hit({
          title: 'Bolig; «nye»',
          type: 'Tiltak',
          pilot: 'Rindal og Holtålen',
          planaar: '2025',
          delmal: '1 Boliger',
          ansvarlig: 'Rindal kommune',
          status: 'Ny',
          budsjett: '600000',
          bygdevekstmidler: '100000',
          kilde: 'Handlingsplan 2025, linje 10–20',
        }),
        hit({ title: 'Uten beløp', type: 'Tiltak' }),
      ]),
    );
    expect(csv.bom).toBe(true);
    expect(csv.header).toEqual([...CSV_COLUMNS]);
    expect(csv.header).toEqual([
      'tittel',
      'type',
      'pilot',
      'planaar',
      'delmal',
      'ansvarlig',
      'status',
      'belopAlleKilder',
      'belopBygdevekstmidler',
      'kilde',
      'url',
    ]);
    expect(csv.rows[0]).toEqual([
      'Bolig; «nye»',
      'Tiltak',
      'Rindal og Holtålen',
      '2025',
      '1 Boliger',
      'Rindal kommune',
      'Ny',
      '600000',
      '100000',
      'Handlingsplan 2025, linje 10–20',
      'https://x/tiltak/a/',
    ]);
    // «Ikke oppgitt» is an empty cell, never 0.
    expect(csv.rows[1][7]).toBe('');
    expect(csv.rows[1][8]).toBe('');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const csv = parseCsv(resultsCsv([hit({ title: `${start}SUM(A1)`, type: 'Tiltak' })]));
      expect(csv.rows[0][0], JSON.stringify(start)).toBe(`'${start}SUM(A1)`);
    }
  });

  it('names the file after the query and the filters', () => {
    expect(csvFileName({ ...empty, q: 'Grong' }, [])).toBe('bygdevekstatlas-sok-grong.csv');
    expect(
      csvFileName({ ...empty, q: 'økt bolig', filters: { pilot: ['rindal-holtalen'] }, fra: 500001 }, [
        'pilot',
      ]),
    ).toBe('bygdevekstatlas-sok-okt-bolig-pilot-rindal-holtalen-fra-500001.csv');
    expect(csvFileName(empty, [])).toBe('bygdevekstatlas-sok.csv');
  });
});

describe('«mente du …?»', () => {
  const texts = records.map((r) => asHit(r).content);
  it('replaces a misspelt word with the nearest word the hits have, keeping the rest as typed', () => {
    expect(texts.some((t) => /boligbygging/i.test(t))).toBe(true);
    expect(correctedQuery('boligbyging', texts)).toBe('boligbygging');
    expect(correctedQuery('Grong boligbyging', texts)).toBe('grong boligbygging');
  });
  it('leaves a right spelling, an inflection, the start of a compound and an ASCII spelling alone', () => {
    for (const q of ['boligbygging', 'boligene', 'bolig', 'royrvik', 'Røyrvik', 'TRFK'])
      expect(correctedQuery(q, texts), q).toBeNull();
  });
  it('offers nothing when no word the hits have is near enough, or when there are no hits', () => {
    expect(correctedQuery('xqzvwk', texts)).toBeNull();
    expect(correctedQuery('boligbyging', [])).toBeNull();
    // Two letters wrong in a seven-letter word is more than one in four.
    expect(correctedQuery('bolagar', ['boliger er bra'])).toBeNull();
    expect(correctedQuery('bolger', ['boliger er bra'])).toBe('boliger');
  });
});
