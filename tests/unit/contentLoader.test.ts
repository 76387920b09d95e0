/**
 * The one loader (src/data/contentLoader.ts) fills Astro's data store from the validator's own
 * result: the site and `npm run validate` see the same entries, and bad content stops the build
 * with the validator's Norwegian messages. Run here against a stand-in for Astro's store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  atlasLoader,
  ContentError,
  invalidateContent,
  registerSite,
  siteOfThisBuild,
} from '../../src/data/contentLoader.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { buildSite } from '../../src/views/site.ts';
import { sokPoster } from '../../src/views/sok.ts';
import { validateContent } from '../../src/lib/loading/validateContent.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../src/schemas/index.ts';
import { copyFixture, edit, VALID_FIXTURE } from '../helpers/fixture.ts';

interface Stored {
  id: string;
  data: unknown;
  body?: string;
  digest?: string;
  rendered?: { html: string };
}

function fakeContext(name: CollectionName, store = new Map<string, Stored>(), rendered: string[] = []) {
  return {
    store,
    rendered,
    ctx: {
      collection: name,
      store: {
        get: (id: string) => store.get(id),
        set: (e: Stored) => (store.set(e.id, e), true),
        delete: (id: string) => void store.delete(id),
        keys: () => [...store.keys()],
      },
      logger: { error: () => undefined },
      generateDigest: (v: unknown) => JSON.stringify(v),
      renderMarkdown: async (body: string) => (rendered.push(body), { html: `<p>${body.trim()}</p>` }),
    } as never,
  };
}

async function loadAll(root: string) {
  process.env.BYGDEVEKST_CONTENT = root;
  invalidateContent();
  const stores = {} as Record<CollectionName, Map<string, Stored>>;
  for (const name of COLLECTION_NAMES) {
    const f = fakeContext(name);
    await atlasLoader(name).load(f.ctx);
    stores[name] = f.store;
  }
  return stores;
}

const before = process.env.BYGDEVEKST_CONTENT;
afterEach(() => {
  if (before === undefined) delete process.env.BYGDEVEKST_CONTENT;
  else process.env.BYGDEVEKST_CONTENT = before;
  invalidateContent();
});

describe('the content loader', () => {
  it('stores exactly the entries the validator accepts, in every collection, on the real content', async () => {
    const stores = await loadAll('./content');
    const validated = validateContent('./content');
    expect(validated.problems).toEqual([]);
    expect(stores.tiltak.size).toBeGreaterThan(0);
    for (const name of COLLECTION_NAMES) {
      expect([...stores[name].keys()].sort(), name).toEqual(
        validated.collections[name].map((e) => e.id).sort(),
      );
      for (const e of validated.collections[name]) expect(stores[name].get(e.id)?.data, e.id).toEqual(e.data);
    }
  });

  it('renders Markdown bodies (and only those) and skips an unchanged entry on the next load', async () => {
    process.env.BYGDEVEKST_CONTENT = VALID_FIXTURE;
    invalidateContent();
    const first = fakeContext('tiltak');
    await atlasLoader('tiltak').load(first.ctx);
    expect(first.store.get('testpilot-2025-d1-1')?.rendered?.html).toContain('Et tiltak for boliger.');
    const again = fakeContext('tiltak', first.store);
    await atlasLoader('tiltak').load(again.ctx);
    expect(again.rendered).toEqual([]);
    const yaml = fakeContext('kommuner');
    await atlasLoader('kommuner').load(yaml.ctx);
    expect(yaml.rendered).toEqual([]);
    expect(yaml.store.size).toBeGreaterThan(0);
  });

  it('drops an entry whose file is gone', async () => {
    process.env.BYGDEVEKST_CONTENT = VALID_FIXTURE;
    invalidateContent();
    const f = fakeContext('tiltak', new Map([['borte', { id: 'borte', data: {} }]]));
    await atlasLoader('tiltak').load(f.ctx);
    expect(f.store.has('borte')).toBe(false);
  });

  it('stops on a dangling reference with the validator’s Norwegian file and field message', async () => {
    const root = copyFixture();
    edit(root, 'tiltak/testpilot-2025-d1-1.mdx', 'delmal: testpilot-d1', 'delmal: testpilot-d7');
    process.env.BYGDEVEKST_CONTENT = root;
    invalidateContent();
    const f = fakeContext('piloter');
    const run = atlasLoader('piloter').load(f.ctx);
    await expect(run).rejects.toBeInstanceOf(ContentError);
    await expect(run).rejects.toThrow(
      /testpilot-2025-d1-1\.mdx: felt «delmal»: viser til delmål «testpilot-d7»/,
    );
    expect(f.store.size).toBe(0);
  });
});

describe('the site of this build, for the build steps after Astro', () => {
  it('is the site the pages registered, until the content changes', () => {
    const site = buildSite(loadContent(VALID_FIXTURE).collections);
    registerSite(site);
    expect(siteOfThisBuild()).toBe(site);
    // Its per-build memo is what the search index step reuses: made once, then the same value.
    const records = sokPoster(site);
    expect(records.length).toBeGreaterThan(0);
    expect(sokPoster(siteOfThisBuild()!)).toBe(records);
    invalidateContent();
    expect(siteOfThisBuild()).toBeUndefined();
  });
});
