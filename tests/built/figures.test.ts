/**
 * The built pages show the content's own figures: titles, amounts, populations and the
 * plans' stated table cells, formatted the Norwegian way. Expected values come from content
 * and the shared formatter; the page must carry them.
 */
import { describe, expect, it } from 'vitest';
import { formatKroner, formatTall } from '../../src/lib/format.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { urlFor } from '../../src/lib/urls.ts';
import { readPage } from '../helpers/builtSite.ts';

const { collections: c } = loadContent();
const text = (path: string) => readPage(path).querySelector('main')!.text.replace(/\s+/g, ' ');
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe("pages show the content's figures", () => {
  it('finds content', () => {
    expect(c.tiltak.length).toBeGreaterThan(0);
    expect(c.kommuner).toHaveLength(35);
  });

  it.each(c.tiltak.map((t) => [t.id, t] as const))(
    'tiltak %s: title, status text and every stated amount',
    (_id, t) => {
      const page = text(urlFor.tiltak(t.id));
      expect(page).toContain(squash(t.data.tittel));
      for (const f of t.data.finansiering)
        if (f.belop !== null) expect(page).toContain(squash(formatKroner(f.belop)));
      if (t.data.finansiering.every((f) => f.belop === null))
        expect(page).toMatch(/ikke oppgitt|oppgir ingen beløp/i);
    },
  );

  it.each(c.kommuner.map((k) => [k.id, k] as const))(
    'kommune %s: population with its year, and its pilot',
    (_id, k) => {
      const page = text(urlFor.kommune(k.id));
      expect(page).toContain(squash(formatTall(k.data.folketall.antall)));
      expect(page).toContain(String(k.data.folketall.aar));
      expect(page).toContain(squash(c.piloter.find((p) => p.id === k.data.pilot)!.data.navn));
    },
  );

  it.each(c.handlingsplaner.map((h) => [h.id, h] as const))(
    'plan %s: every stated table cell and every tiltak title',
    (_id, h) => {
      const page = text(urlFor.plan(h.id));
      for (const t of h.data.oppgitteTabeller) {
        for (const row of [...t.rader, ...t.delsummer, ...(t.sum ? [t.sum] : [])]) {
          for (const v of Object.values(row.verdier))
            if (v !== null) expect(page).toContain(squash(formatTall(v)));
        }
      }
      for (const t of c.tiltak.filter((x) => x.data.plan === h.id))
        expect(page).toContain(squash(t.data.tittel));
    },
  );

  it.each(c.delmal.map((d) => [d.id, d] as const))('delmål %s: its title and pilot', (_id, d) => {
    const page = text(urlFor.delmal(d.id));
    expect(page).toContain(squash(d.data.tittel));
    expect(page).toContain(squash(c.piloter.find((p) => p.id === d.data.pilot)!.data.navn));
  });

  it.each(c.piloter.map((p) => [p.id, p] as const))(
    'pilot %s: its kommuner and what is not known',
    (_id, p) => {
      const page = text(urlFor.pilot(p.id));
      for (const k of c.kommuner.filter((x) => x.data.pilot === p.id)) expect(page).toContain(k.data.navn);
      for (const u of p.data.ukjent) expect(page).toContain(squash(u));
    },
  );
});
