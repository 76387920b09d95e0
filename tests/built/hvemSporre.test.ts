/**
 * «Hvem kan jeg spørre?» on every built kommune and pilot page: it never sends the reader back to
 * the page they are on, every kommune and pilot whose website a source gives links it there, and a
 * phone user finds the section from the top of the page.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { builtPages, readPage } from '../helpers/builtSite.ts';

const { collections: c } = loadContent();
const pages = builtPages().filter((p) => /^\/(kommuner|piloter)\/[^/]+\/$/.test(p));

/** The addresses the section links to, resolved against the page (fragments dropped). */
function sporreLenker(path: string): string[] {
  const section = readPage(path).querySelector('section.hvem-sporre');
  if (!section) return [];
  return section
    .querySelectorAll('a[href]')
    .map((a) => new URL(a.getAttribute('href')!, `https://atlas.invalid${path}`))
    .map((u) => (u.host === 'atlas.invalid' ? u.pathname : u.href.replace(/#.*$/, '')));
}

describe('«Hvem kan jeg spørre?» on kommune and pilot pages', () => {
  it('is on every kommune and pilot page, with a link to it near the top', () => {
    expect(pages.filter((p) => p.startsWith('/kommuner/'))).toHaveLength(c.kommuner.length);
    expect(pages.filter((p) => p.startsWith('/piloter/'))).toHaveLength(c.piloter.length);
    const without = pages.filter((p) => {
      const page = readPage(p);
      const html = page.innerHTML;
      const top = html.indexOf('class="til-sporre');
      // The link stands before the money summary, the first section after the lead.
      return (
        !page.querySelector('main .til-sporre a[href="#hvem-sporre"]') ||
        !page.querySelector('section.hvem-sporre h2#hvem-sporre') ||
        top < 0 ||
        top > html.indexOf('class="penger-forst"')
      );
    });
    expect(without).toEqual([]);
  });

  it('never links a page to itself as the place to ask', () => {
    const self = pages.flatMap((p) =>
      sporreLenker(p)
        .filter((h) => h === p)
        .map((h) => `${p} → ${h}`),
    );
    expect(self).toEqual([]);
  });

  it('links the website of every kommune whose website a source gives, with the source', () => {
    const medNettsted = c.kommuner.filter((k) => k.data.nettsted !== null);
    // Rindal kommune's own page on the agreement shows its website (content/kommuner/rindal.yaml).
    expect(medNettsted.map((k) => k.id)).toContain('rindal');
    const missing = medNettsted.flatMap((k) => {
      const links = sporreLenker(`/kommuner/${k.id}/`);
      const { url, kilde } = k.data.nettsted!;
      return [
        !links.includes(url) && `/kommuner/${k.id}/ lenker ikke til ${url}`,
        kilde.url && !links.includes(kilde.url) && `/kommuner/${k.id}/ oppgir ikke kilden ${kilde.url}`,
        // The pilot's page names the kommune's website too.
        !sporreLenker(`/piloter/${k.data.pilot}/`).includes(url) &&
          `/piloter/${k.data.pilot}/ mangler ${url}`,
      ].filter(Boolean);
    });
    expect(missing).toEqual([]);
  });

  it('links the page of every pilot whose own web page a source gives', () => {
    const medNettsted = c.piloter.filter((p) => p.data.nettsted !== null);
    expect(medNettsted.map((p) => p.id)).toContain('vest-telemark');
    const missing = medNettsted
      .filter((p) => !sporreLenker(`/piloter/${p.id}/`).includes(p.data.nettsted!.url))
      .map((p) => p.id);
    expect(missing).toEqual([]);
  });

  it('gives no web address on a kommune page that no source gives', () => {
    // Tana: no source gives its website, so its section has no outside link (and no self link).
    const ytre = sporreLenker('/kommuner/tana/').filter((h) => /^https?:/.test(h));
    expect(c.kommuner.find((k) => k.id === 'tana')?.data.nettsted).toBeNull();
    expect(ytre).toEqual([]);
    expect(sporreLenker('/kommuner/tana/').length).toBeGreaterThan(0);
  });
});
