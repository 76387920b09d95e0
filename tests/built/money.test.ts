/**
 * Money on the built pages: every actor named as a giver shows what it gives, with amounts and
 * a CSV; /tiltak/ has one row per tiltak whose amounts match the content's funding lines; the
 * funders' CSV files hold every line. Expected figures are summed here from the content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatKroner } from '../../src/lib/format.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { urlFor } from '../../src/lib/urls.ts';
import { DIST, readPage } from '../helpers/builtSite.ts';
import { parseCsv } from '../helpers/csv.ts';

const { collections: c } = loadContent();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const linjer = c.tiltak.flatMap((t) => t.data.finansiering.map((l) => ({ t, l })));
const givere = [...new Set(linjer.flatMap(({ l }) => (l.giver ? [l.giver] : [])))];
const sum = (xs: { belop: number | null }[]) =>
  xs.some((x) => x.belop !== null) ? xs.reduce((s, x) => s + (x.belop ?? 0), 0) : null;

describe('actor pages show what the actor funds', () => {
  it('finds givers in the content', () => expect(givere.length).toBeGreaterThan(0));

  it.each(givere)('%s: every line it gives, its total and its CSV', (giver) => {
    const main = readPage(urlFor.aktor(giver)).querySelector('main')!;
    const seksjon = main.querySelector('.aktor-penger');
    expect(seksjon, 'avsnittet «Hva … betaler for»').not.toBeNull();
    const tekst = squash(seksjon!.text);
    const egne = linjer.filter(({ l }) => l.giver === giver);
    for (const { t, l } of egne) {
      expect(tekst).toContain(squash(t.data.tittel));
      if (l.belop !== null) expect(tekst).toContain(squash(formatKroner(l.belop)));
    }
    const total = sum(egne.map(({ l }) => l));
    expect(tekst).toContain(total === null ? 'ikke oppgitt' : squash(formatKroner(total)));
    const csvLink = seksjon!.querySelector(`a[href="/penger/${giver}.csv"]`);
    expect(csvLink).not.toBeNull();
    const csv = parseCsv(readFileSync(join(DIST, 'penger', `${giver}.csv`), 'utf8'));
    expect(csv.rows).toHaveLength(egne.length);
  });

  it('an actor that gives nothing has no such section', () => {
    const ingen = c.aktorer.find((a) => !givere.includes(a.id))!;
    expect(readPage(urlFor.aktor(ingen.id)).querySelector('.aktor-penger')).toBeNull();
  });
});

describe('/tiltak/', () => {
  const rows = readPage('/tiltak/').querySelectorAll('#tiltak-tabell tbody tr');
  const header = readPage('/tiltak/')
    .querySelectorAll('#tiltak-tabell thead th')
    .map((th) => squash(th.text));

  it('has one row per tiltak', () => {
    expect(rows.length).toBe(c.tiltak.length);
    expect(new Set(rows.map((r) => r.getAttribute('data-id')))).toEqual(new Set(c.tiltak.map((t) => t.id)));
  });

  it.each(c.tiltak.map((t) => [t.id, t] as const))(
    '%s: amounts in all sources and bygdevekstmidler',
    (id, t) => {
      const row = rows.find((r) => r.getAttribute('data-id') === id)!;
      const cell = (name: string) => squash(row.querySelectorAll('th, td')[header.indexOf(name)].text);
      const alle = sum(t.data.finansiering);
      const bv = sum(t.data.finansiering.filter((l) => l.kilde === 'bygdevekstmidler'));
      expect(cell('Alle kilder')).toBe(alle === null ? 'ikke oppgitt' : squash(formatKroner(alle)));
      expect(cell('Bygdevekstmidler')).toBe(bv === null ? 'ikke oppgitt' : squash(formatKroner(bv)));
      expect(cell('Tiltak')).toBe(squash(t.data.tittel));
    },
  );

  it('is in the main navigation, and so is /penger/', () => {
    const nav = readPage('/').querySelector('nav[aria-label="Hovedmeny"]')!;
    expect(nav.querySelector('a[href="/tiltak/"]')).not.toBeNull();
    expect(nav.querySelector('a[href="/penger/"]')).not.toBeNull();
  });
});

describe('/penger/', () => {
  it('has the funders-against-pilots chart with its table, and every named giver', () => {
    const main = readPage('/penger/').querySelector('main')!;
    expect(main.querySelector('figure.budget-chart table')).not.toBeNull();
    const tekst = squash(main.text);
    for (const g of givere) expect(tekst).toContain(squash(c.aktorer.find((a) => a.id === g)!.data.navn));
    const total = sum(linjer.map(({ l }) => l));
    expect(tekst).toContain(squash(formatKroner(total!)));
  });
});

describe('kommune and pilot pages open with the money and who to ask', () => {
  const planAar = (pilot: string) =>
    c.handlingsplaner
      .filter((h) => h.data.pilot === pilot)
      .map((h) => h.data.aar)
      .sort()
      .at(-1);
  const sider = [
    ...c.kommuner.map((k) => [urlFor.kommune(k.id), k.data.pilot] as const),
    ...c.piloter.map((p) => [urlFor.pilot(p.id), p.id] as const),
  ];

  it.each(sider)(
    '%s: what is done, for which year and how much, then who to ask, before the facts',
    (path, pilot) => {
      const main = readPage(path).querySelector('main')!;
      const html = main.innerHTML;
      const penger = html.indexOf('id="hva-gjores"');
      const sporre = html.indexOf('id="hvem-sporre"');
      const fakta = html.indexOf('id="fakta"');
      expect(penger).toBeGreaterThan(-1);
      expect(sporre).toBeGreaterThan(penger);
      expect(fakta).toBeGreaterThan(sporre);
      const tekst = squash(main.querySelector('.penger-forst')!.text);
      const aar = planAar(pilot);
      if (aar === undefined) expect(tekst).toContain('ingen handlingsplan');
      else {
        expect(tekst).toContain(`handlingsplanen for ${aar}`);
        const plan = c.handlingsplaner.find((h) => h.data.pilot === pilot && h.data.aar === aar)!;
        const alle = sum(c.tiltak.filter((t) => t.data.plan === plan.id).flatMap((t) => t.data.finansiering));
        expect(tekst).toContain(`${squash(formatKroner(alle!))} (alle kilder)`);
        expect(tekst).toContain('regnet ut av Bygdevekstatlas');
      }
      // Who to ask: each body links to its page on this site or its own website, never back to this
      // page; only the page's own kommune may stand unlinked, when no source gives its website.
      const lenker = main
        .querySelectorAll('.hvem-sporre dd')
        .map((dd) => dd.querySelector('a')?.getAttribute('href'));
      expect(lenker.length).toBeGreaterThan(0);
      expect(lenker.filter((h) => h === undefined).length).toBeLessThanOrEqual(
        path.startsWith('/kommuner/') ? 1 : 0,
      );
      for (const href of lenker.filter((h) => h !== undefined)) {
        expect(href).not.toBe(path);
        expect(href).toMatch(/^(\/(aktorer|kommuner)\/|https:\/\/)/);
      }
    },
  );

  it('Rindal explains its numbering gaps 1.3 and 1.6 and links where 1.3 went', () => {
    const seksjon = readPage(urlFor.kommune('rindal')).querySelector('.penger-forst')!;
    const tekst = squash(seksjon.text);
    expect(tekst).toContain('Hvorfor mangler nummer 1.3, 1.6?');
    expect(seksjon.querySelector('.nummerhull a[href="/tiltak/rindal-holtalen-2025-d1-1/"]')).not.toBeNull();
  });
});
