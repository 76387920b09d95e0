/**
 * The learning pages in the built site: every lesson page and every theme page shows its links
 * and figures, initiative pages show the capacity diamond with its table and caveat, and the
 * I LAG kommuner appear nowhere a pilot kommune would. Expected values come from content.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { formatLinjer } from '../../src/lib/format.ts';
import { urlFor } from '../../src/lib/urls.ts';
import { readPage } from '../helpers/builtSite.ts';

const { collections: c } = loadContent();
const main = (path: string) => readPage(path).querySelector('main')!;
const text = (path: string) => main(path).text.replace(/\s+/g, ' ');
const hrefs = (path: string) =>
  new Set(
    main(path)
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href')),
  );
const squash = (s: string) => s.replace(/\s+/g, ' ');
const ILAG_KOMMUNER = ['Snåsa', 'Leka', 'Høylandet', 'Meråker', 'Tydal', 'Rennebu'];

describe('learning content is built', () => {
  it('finds lessons, initiatives and themes', () => {
    expect(c.laering.length).toBeGreaterThan(0);
    expect(c.initiativer.length).toBeGreaterThan(0);
    expect(c.tema.length).toBeGreaterThan(0);
  });
});

describe('every lesson page', () => {
  it.each(c.laering.map((l) => [l.id, l] as const))('%s: claim, links and lines', (_id, l) => {
    const page = text(urlFor.laering(l.id));
    const links = hrefs(urlFor.laering(l.id));
    expect(page).toContain(squash(l.data.pastand));
    for (const t of l.data.tema) expect(links).toContain(urlFor.tema(t));
    for (const t of l.data.tiltak) expect(links).toContain(urlFor.tiltak(t));
    for (const i of l.data.initiativer) expect(links).toContain(urlFor.initiativ(i));
    if (l.data.laertAv.pilot && !l.data.laertAv.kommuneNavn)
      expect(links).toContain(urlFor.pilot(l.data.laertAv.pilot));
    if (l.data.laertAv.initiativ) expect(links).toContain(urlFor.initiativ(l.data.laertAv.initiativ));
    if (l.data.mottaker) expect(page).toContain(squash(l.data.mottaker.tekst));
    for (const b of l.data.belegg) {
      expect(page).toContain(squash(b.tekst));
      expect(page).toContain(formatLinjer(b.kilde.linjer));
    }
    if (l.data.tiltak.length === 0)
      expect(page).toMatch(/knytter ikke denne lærdommen til et bestemt tiltak/);
  });
});

describe('every theme page', () => {
  it.each(c.tema.map((t) => [t.id, t] as const))('%s: its lessons and initiatives, linked', (id) => {
    const page = text(urlFor.tema(id));
    const links = hrefs(urlFor.tema(id));
    const laerdommer = c.laering.filter((l) => l.data.tema.includes(id));
    const initiativer = c.initiativer.filter((i) => i.data.tema.includes(id));
    for (const l of laerdommer) expect(links).toContain(urlFor.laering(l.id));
    for (const i of initiativer) expect(links).toContain(urlFor.initiativ(i.id));
    if (laerdommer.length === 0) expect(page).toMatch(/Ingen lærdommer/);
    if (initiativer.length === 0) expect(page).toMatch(/Ingen av distriktssatsingene/);
  });
});

describe('tiltak pages list the lessons that bear on them', () => {
  const linked = c.tiltak.filter((t) => c.laering.some((l) => l.data.tiltak.includes(t.id)));
  it('some tiltak have lessons', () => expect(linked.length).toBeGreaterThan(0));
  it.each(linked.map((t) => [t.id] as const))('%s', (id) => {
    const links = hrefs(urlFor.tiltak(id));
    for (const l of c.laering.filter((x) => x.data.tiltak.includes(id)))
      expect(links).toContain(urlFor.laering(l.id));
  });
});

describe('initiative pages', () => {
  it.each(c.initiativer.map((i) => [i.id, i] as const))(
    '%s: owner, kommuner and every claim with lines',
    (_id, i) => {
      const page = text(urlFor.initiativ(i.id));
      expect(page).toContain(squash(i.data.eier.tekst));
      for (const k of i.data.kommuner) expect(page).toContain(k.navn);
      for (const v of [...i.data.virker, ...i.data.virkerIkke]) {
        expect(page).toContain(squash(v.tekst));
        expect(page).toContain(formatLinjer(v.kilde.linjer));
      }
    },
  );
  it('I LAG shows every stated diamond total, the caveat and the Tydal finding', () => {
    const page = text(urlFor.initiativ('i-lag'));
    expect(page).toContain('Et diskusjonsverktøy, ikke en måling.');
    for (const d of c.kapasitetsdiamant.filter((x) => x.data.initiativ === 'i-lag'))
      for (const r of d.data.runder)
        if (r.sum) expect(page).toContain(new Intl.NumberFormat('nb-NO').format(r.sum.verdi));
    expect(page).toContain('Oppgitt samlet skår: 32,5 poeng. Summen av de fem skårene: 33 poeng.');
    const svg = readPage(urlFor.initiativ('i-lag')).querySelector(
      'figure.diamant-chart .diamant-kommune svg',
    )!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(readPage(urlFor.initiativ('i-lag')).querySelector('figure.diamant-chart table')).not.toBeNull();
  });
});

describe('the I LAG kommuner are not pilot kommuner on the site', () => {
  it('the kommune list does not list them', () => {
    const page = text('/kommuner/');
    for (const k of ILAG_KOMMUNER) expect(page).not.toContain(k);
  });
  it('they have no kommune pages', () => {
    const links = [...hrefs('/kommuner/')];
    for (const k of ['snasa', 'leka', 'hoylandet', 'meraker', 'tydal', 'rennebu'])
      expect(links).not.toContain(`/kommuner/${k}/`);
  });
});

describe('the hub', () => {
  it('is in the main navigation and lists every lesson with filters by initiative and source', () => {
    const nav = readPage('/laering/').querySelector('nav[aria-label="Hovedmeny"]')!;
    expect(nav.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/laering/');
    const links = hrefs('/laering/');
    for (const l of c.laering) expect(links).toContain(urlFor.laering(l.id));
    expect(main('/laering/').querySelector('select[name="initiativ"]')).not.toBeNull();
    expect(main('/laering/').querySelector('select[name="kilde"]')).not.toBeNull();
  });
});
