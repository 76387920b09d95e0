/**
 * A source text in parts: a cited line's address names the part that holds it, each part holds
 * its lines numbered as in the whole document, and a finding's sources link every line range.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeAvvik } from '../../src/lib/checks/index.ts';
import { SEEDS_DIR } from '../../src/lib/loading/index.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { KILDE_DEL_LINJER, kildeDel, urlFor } from '../../src/lib/urls.ts';
import { kildeDelView, kildeTekstView } from '../../src/views/kilder.ts';
import { alleAvvik } from '../../src/views/shared.ts';
import { buildSite } from '../../src/views/site.ts';

const site = buildSite(loadContent().collections);

describe('the address of a cited line', () => {
  it('names the part that holds the line, and the line', () => {
    expect(KILDE_DEL_LINJER).toBe(200);
    expect(urlFor.kildeTekst('doc', 1)).toBe('/kilder/doc/1/#L1');
    expect(urlFor.kildeTekst('doc', 200)).toBe('/kilder/doc/1/#L200');
    expect(urlFor.kildeTekst('doc', 201)).toBe('/kilder/doc/2/#L201');
    expect(urlFor.kildeTekst('doc', 1182)).toBe('/kilder/doc/6/#L1182');
    expect(urlFor.kildeTekst('doc')).toBe('/kilder/doc/');
    expect(kildeDel(0)).toBe(1);
  });
});

describe('a source text in parts', () => {
  it('splits the Indre Namdal plan 2026 (1208 lines) into 7 parts, the last one short', () => {
    const v = kildeTekstView(site, 'hp-2026-indre-namdal');
    expect(v.antallLinjer).toBe(1208);
    expect(v.deler.map((d) => [d.fra, d.til])).toEqual([
      [1, 200],
      [201, 400],
      [401, 600],
      [601, 800],
      [801, 1000],
      [1001, 1200],
      [1201, 1208],
    ]);
  });

  it('holds line 1182 in part 6, numbered as in the whole document, with its neighbours', () => {
    const seed = readFileSync(join(SEEDS_DIR, '000_f4bc9484f28f17cc.txt'), 'utf8').split('\n');
    const v = kildeDelView(site, 'hp-2026-indre-namdal', 6);
    expect(v.linjer).toHaveLength(200);
    const line = v.linjer.find((l) => l.nr === 1182);
    expect(line?.tekst).toBe(seed[1181]);
    expect(v.forrige?.url).toBe('/kilder/hp-2026-indre-namdal/5/');
    expect(v.neste?.url).toBe('/kilder/hp-2026-indre-namdal/7/');
    expect(kildeDelView(site, 'hp-2026-indre-namdal', 1).forrige).toBeNull();
  });

  it('refuses a part the document does not have', () => {
    expect(() => kildeDelView(site, 'hp-2026-indre-namdal', 8)).toThrow(/ingen del 8/);
  });
});

describe('a finding’s sources', () => {
  it('link every line range to its first line, on the real findings', () => {
    const { avvik, titler } = alleAvvik(site);
    expect(avvik.length).toBeGreaterThan(5);
    for (const a of avvik) {
      const d = describeAvvik(a, titler);
      for (const k of [...d.kildeOppgitt, ...d.kildeBeregnet]) {
        expect(k.url ?? k.linjer?.[0]?.url).toMatch(/^\/kilder\/|^https?:/);
        for (const l of k.linjer ?? []) {
          const first = Number(l.tekst.split('–')[0]);
          expect(l.url).toMatch(new RegExp(`/${kildeDel(first)}/#L${first}$`));
        }
      }
    }
  });

  it('words a two-range source as before, with a link per range', () => {
    const a = alleAvvik(site).avvik[0];
    const ref = { dokument: 'hp-2026-indre-namdal', linjer: [1173, 1180] as [number, number] };
    const d = describeAvvik(
      {
        ...a,
        kildeOppgitt: ref,
        kildeBeregnet: [ref, { dokument: 'hp-2026-indre-namdal', linjer: [1182, 1182] }],
      },
      { 'hp-2026-indre-namdal': 'Planen' },
    );
    expect(d.kildeBeregnet).toEqual([
      {
        tekst: 'Planen, linje 1173–1180, 1182',
        navn: 'Planen',
        linjer: [
          { tekst: '1173–1180', url: '/kilder/hp-2026-indre-namdal/6/#L1173' },
          { tekst: '1182', url: '/kilder/hp-2026-indre-namdal/6/#L1182' },
        ],
      },
    ]);
  });
});
