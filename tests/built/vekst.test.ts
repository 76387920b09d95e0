/**
 * The growth fixture (tests/fixtures/vekst): a valid second plan year for a pilot, with dropped,
 * new, changed and merged tiltak, a tiltak for one kommune only, an actor with only its required
 * fields, and a second pilot with an agreement but no plan. It is built with the real build
 * script, and the same built-site checks run on it as on the real site, plus what the growth must
 * show: the change page, the kommune-specific tiltak and one per-innbygger figure everywhere.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatKroner, formatTall } from '../../src/lib/format.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { EXPORTS, type ExportName } from '../../src/schemas/exports.ts';
import { builtSiteAt } from '../helpers/builtSite.ts';
import { removeFixtureCache } from '../helpers/fixtureCache.ts';
import { htmlvalidate, messages } from '../helpers/htmlValidate.ts';
import { tempDir } from '../helpers/tempDir.ts';

const CONTENT = 'tests/fixtures/vekst';
const SEEDS = 'tests/fixtures/vekst-kilder';
const out = join(tempDir('vekst'), 'dist');
const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
  encoding: 'utf8',
  env: {
    ...process.env,
    BYGDEVEKST_CONTENT: CONTENT,
    BYGDEVEKST_SEEDS: SEEDS,
    BYGDEVEKST_OUT: out,
    BYGDEVEKST_SKIP_SEARCH: '1',
  },
});
// The built fixture site and the Astro cache of its build are not needed after this file.
afterAll(() => {
  rmSync(join(out, '..'), { recursive: true, force: true });
  removeFixtureCache(CONTENT);
});
const site = builtSiteAt(out);
const built = build.status === 0 && existsSync(join(out, 'index.html'));
const pages = built ? site.builtPages() : [];
const text = (path: string) => site.readPage(path).querySelector('main')!.text.replace(/\s+/g, ' ');
const squash = (s: string) => s.replace(/\s+/g, ' ');
const { collections: c } = loadContent(CONTENT);

describe('the growth fixture builds with no code change', () => {
  it('builds', () => expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0));
  it('has the pages of both plan years and of the pilot without a plan', () => {
    for (const p of [
      '/piloter/nordpilot/',
      '/piloter/sorpilot/',
      '/handlingsplaner/nordpilot-2026/',
      '/handlingsplaner/nordpilot-2027/',
      '/piloter/nordpilot/endringer/2027/',
      '/aktorer/fjellby-boligstiftelse/',
    ])
      expect(pages).toContain(p);
    // The first plan states nothing about an earlier one, so it has no change page.
    expect(pages).not.toContain('/piloter/nordpilot/endringer/2026/');
  });
});

describe('built-site checks on the fixture', () => {
  it.each(pages)('%s passes html-validate', async (path) => {
    expect(messages(await htmlvalidate.validateFile(site.fileForPath(path)))).toEqual([]);
  });

  it('has no internal link to a page or file that does not exist', () => {
    const broken = pages.flatMap((p) =>
      site
        .readPage(p)
        .querySelectorAll('a[href]')
        .map((a) => a.getAttribute('href')!)
        .filter((h) => h.startsWith('/') && !h.startsWith('//') && !h.startsWith('/pagefind/'))
        .filter((h) => !existsSync(site.fileForPath(h)))
        .map((h) => `${p} → ${h}`),
    );
    expect(broken).toEqual([]);
  });

  it.each(Object.keys(EXPORTS) as ExportName[])(
    '/data/%s.json validates and points at pages that exist',
    (name) => {
      const rows = JSON.parse(readFileSync(join(out, 'data', `${name}.json`), 'utf8')) as Record<
        string,
        unknown
      >[];
      for (const r of rows) EXPORTS[name].schema.parse(r);
      expect(
        rows.map((r) => r.url).filter((u) => typeof u === 'string' && !existsSync(site.fileForPath(u))),
      ).toEqual([]);
      expect(existsSync(join(out, 'data', `${name}.csv`))).toBe(true);
    },
  );

  it.each(c.tiltak.map((t) => [t.id, t] as const))('tiltak %s shows its title and every amount', (_id, t) => {
    const page = text(`/tiltak/${t.id}/`);
    expect(page).toContain(squash(t.data.tittel));
    for (const f of t.data.finansiering)
      if (f.belop !== null) expect(page).toContain(squash(formatKroner(f.belop)));
  });
});

describe('what the growth must show', () => {
  const endringer = () => text('/piloter/nordpilot/endringer/2027/');
  const rows = () =>
    JSON.parse(readFileSync(join(out, 'data', 'endringer.json'), 'utf8')) as Record<string, unknown>[];

  it('the change page lists every dropped, new and changed tiltak with amounts before and after', () => {
    const page = endringer();
    for (const tittel of ['Tomtebank', 'Fjellby boligprosjekt', 'Boligkartlegging', 'Samkjøringsapp'])
      expect(page).toContain(tittel);
    // The budget cut of a continued tiltak, in kroner and per cent.
    expect(page).toContain(
      squash(`${formatKroner(4_000_000)} ${formatKroner(3_000_000)} −${formatKroner(1_000_000)} (−25 %)`),
    );
    // A renumbered and renamed tiltak, linked by the plan itself, and the stated reason.
    expect(page).toContain('Bestillingstransport og samkjøring');
    expect(page).toContain('Arbeidet går videre under nytt nummer sammen med samkjøring.');
    const byType = (type: string) =>
      rows()
        .filter((r) => r.type === type)
        .map((r) => r.forTittel ?? r.etterTittel);
    expect(byType('falt-bort')).toEqual(['Tomtebank']);
    expect(byType('ny')).toEqual([['Fjellby boligprosjekt']]);
    expect(byType('avsluttet')).toEqual(['Boligkartlegging']);
    expect(rows().every((r) => r.pilot === 'nordpilot' && r.fraAar === 2026 && r.tilAar === 2027)).toBe(true);
  });

  it('cites the lines of both plans on the change page', () => {
    const links = site
      .readPage('/piloter/nordpilot/endringer/2027/')
      .querySelectorAll('a[href^="/kilder/"]')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain('/kilder/hp-2026-nord/1/#L6'); // Tomtebank, dropped
    expect(links).toContain('/kilder/hp-2027-nord/1/#L10'); // Boligkartlegging, stated as ended
  });

  it('shows the Fjellby-only tiltak on Fjellby’s page and not on Nordby’s', () => {
    expect(text('/kommuner/fjellby/')).toContain('Fjellby boligprosjekt');
    expect(text('/kommuner/fjellby/')).toContain('bare for Fjellby');
    expect(text('/kommuner/nordby/')).not.toContain('Fjellby boligprosjekt');
    expect(text('/kommuner/nordby/')).toContain('Flere utleieboliger');
  });

  it('gives one per-innbygger figure, with its year and basis, wherever it appears', () => {
    // 2027 only: 4 850 000 kr of bygdevekstmidler over 4 000 inhabitants; 2026 is never added.
    const figur = `${formatTall(Math.round(4_850_000 / 4000))} kr`;
    const grunnlag = 'handlingsplanen for 2027, summen av beløpene ved tiltakene';
    for (const p of ['/kommuner/fjellby/', '/kommuner/nordby/', '/piloter/nordpilot/']) {
      expect(text(p)).toContain(squash(`${formatTall(Math.round(4_850_000 / 4000))} kroner per innbygger`));
      expect(text(p)).toContain(grunnlag);
    }
    expect(text('/sammenlign/')).toContain(squash(figur));
    expect(text('/sammenlign/')).toContain(grunnlag);
    const piloter = JSON.parse(readFileSync(join(out, 'data', 'piloter.json'), 'utf8')) as {
      id: string;
      penger: { aar: number | null; grunnlag: string | null; bygdevekstmidlerPerInnbygger: number | null };
    }[];
    expect(piloter.find((p) => p.id === 'nordpilot')!.penger).toMatchObject({
      aar: 2027,
      grunnlag,
      bygdevekstmidlerPerInnbygger: 1213,
    });
    expect(piloter.find((p) => p.id === 'sorpilot')!.penger).toMatchObject({ aar: null, grunnlag: null });
  });
});
