/**
 * The /sammenlign/ view (src/views/sammenlign.ts) on the real content, without Astro: the rows
 * and cells the page's tables render as given. A gap is said in words, never as a zero.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { urlFor } from '../../src/lib/urls.ts';
import { sammenlignView } from '../../src/views/sammenlign.ts';
import { buildSite } from '../../src/views/site.ts';

const real = loadContent();
const site = buildSite(real.collections);
const c = site.c;
const v = sammenlignView(site);
const rad = (navn: string) => {
  const r = v.oversikt.find((x) => x.navn === navn);
  if (!r) throw new Error(`ingen rad «${navn}»`);
  return r;
};
const celle = (navn: string, pilot: string) => rad(navn).celler.find((x) => x.pilot === pilot);

describe('sammenlignView', () => {
  it('gives every row one cell per pilot, in the order of the heading row', () => {
    expect(real.problems).toEqual([]);
    expect(v.kolonner.length).toBe(c.piloter.length);
    const ids = v.kolonner.map((k) => k.pilot);
    for (const r of [...v.oversikt, ...v.temaAntall, ...v.temaPenger])
      expect(
        r.celler.map((x) => x.pilot),
        r.navn,
      ).toEqual(ids);
    expect(v.kolonner.find((k) => k.pilot === 'indre-namdal')?.href).toBe(urlFor.pilot('indre-namdal'));
  });

  it('shows the newest plan of Indre Namdal: its year as a link and its number of tiltak', () => {
    // Which plan is newest grows with the content (a 2027 plan may be added), so take it from there.
    const planer = c.handlingsplaner.filter((h) => h.data.pilot === 'indre-namdal');
    expect(planer.map((h) => h.id)).toContain('indre-namdal-2026');
    const nyeste = planer.reduce((a, b) => (b.data.aar > a.data.aar ? b : a));
    expect(celle('Handlingsplan', 'indre-namdal')).toEqual({
      pilot: 'indre-namdal',
      tekst: String(nyeste.data.aar),
      href: urlFor.plan(nyeste.id),
    });
    const antall = c.tiltak.filter((t) => t.data.plan === nyeste.id).length;
    expect(antall).toBeGreaterThan(0);
    expect(celle('Tiltak', 'indre-namdal')).toEqual({ pilot: 'indre-namdal', tekst: String(antall) });
    expect(celle('Fylke', 'indre-namdal')).toEqual({ pilot: 'indre-namdal', tekst: 'Trøndelag' });
  });

  it('says «ingen» and «–» for a pilot without a plan, never a zero', () => {
    const utenPlan = c.piloter.filter((p) => !c.handlingsplaner.some((h) => h.data.pilot === p.id));
    expect(utenPlan.length).toBeGreaterThan(0);
    for (const p of utenPlan) {
      expect(celle('Handlingsplan', p.id)).toEqual({ pilot: p.id, ukjent: 'ingen' });
      for (const navn of [
        'Grunnlag for pengene',
        'Tiltak',
        'Bygdevekstmidler ved tiltakene',
        'Bygdevekstmidler per innbygger',
        'Alle kilder ved tiltakene',
        'Alle kilder per innbygger',
        'Tiltak uten oppgitt beløp',
      ])
        expect(celle(navn, p.id), `${navn}, ${p.id}`).toEqual({ pilot: p.id, ukjent: '–' });
      for (const r of [...v.temaAntall, ...v.temaPenger])
        expect(r.celler.find((x) => x.pilot === p.id)).toEqual({ pilot: p.id, ukjent: '–' });
    }
  });

  it('lists only themes some pilot has tiltak under, each linked to its theme page', () => {
    expect(v.temaAntall.length).toBeGreaterThan(0);
    expect(v.temaPenger.map((r) => r.navn)).toEqual(v.temaAntall.map((r) => r.navn));
    for (const r of v.temaAntall) {
      const tema = c.tema.find((t) => t.data.navn === r.navn)!;
      expect(r.href).toBe(urlFor.tema(tema.id));
      expect(
        r.celler.some((x) => 'tekst' in x && Number(x.tekst) > 0),
        r.navn,
      ).toBe(true);
    }
  });
});
