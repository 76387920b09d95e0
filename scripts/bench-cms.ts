/**
 * How long the CMS takes to open an entry's form, in Debian's Chromium against the local backend
 * on a scratch copy of the content (as the CMS tests set it up). For each entry: the seconds from
 * asking for it until its form shows the entry (the title filled, and the count of field labels
 * no longer growing), the main thread's CPU seconds in that time (less sensitive to a busy
 * machine than the wall clock), the number of labels, and the requests to the local backend by
 * action. Each entry is opened twice (the first time loads the related collections), and with
 * Decap's own relation widget beside ours (src/lib/editing/redigering.js), which does not redraw
 * the form when a relation field has loaded its choices. The largest plans are the case that
 * matters (issue 21: 30 s). Prints figures; asserts nothing.
 *
 * Usage: npm run bench:cms [-- <collection>/<entry> …] (default: every handlingsplan, then one tiltak)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { ADMIN_SCRIPT_FILE } from '../src/lib/editing/adminPage.ts';
import { startCms } from '../tests/helpers/cms.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 2;

const firstTiltak = () => {
  const plan = readdirSync('content/tiltak').sort()[0];
  return `tiltak/${plan}/${readdirSync(`content/tiltak/${plan}`)
    .sort()[0]
    .replace(/\.mdx$/, '')}`;
};
const requested = process.argv.slice(2);
const entries =
  requested.length > 0
    ? requested
    : [
        ...readdirSync('content/handlingsplaner')
          .filter((f) => f.endsWith('.mdx'))
          .map((f) => `handlingsplaner/${f.replace(/\.mdx$/, '')}`),
        firstTiltak(),
      ];

/** Our script without the relation wrapper: Decap's widget as it comes. */
const ours = readFileSync(ADMIN_SCRIPT_FILE, 'utf8');
const plain = ours.replace("CMS.getWidget && CMS.getWidget('relation')", 'undefined');
if (plain === ours) throw new Error(`fant ikke relasjonsfeltet i ${ADMIN_SCRIPT_FILE}`);

const world = await startCms();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

async function open(script: string): Promise<{ page: Page; actions: Map<string, number> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.setDefaultTimeout(180_000);
  await page.route('**/redigering.js', (r) =>
    r.fulfill({ status: 200, contentType: 'text/javascript', body: script }),
  );
  const actions = new Map<string, number>();
  page.on('request', (r) => {
    if (!r.url().endsWith('/api/v1') || r.method() !== 'POST') return;
    const action = String((r.postDataJSON() as { action?: string } | null)?.action);
    actions.set(action, (actions.get(action) ?? 0) + 1);
  });
  await page.goto(world.adminUrl, { timeout: 180_000 });
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.locator('a[href*="#/collections/"]').first().waitFor();
  return { page, actions };
}

async function openEntry({ page, actions }: { page: Page; actions: Map<string, number> }, entry: string) {
  const collection = entry.split('/')[0];
  // From the collection's list each time, so the form is drawn anew.
  await page.goto(`${world.adminUrl}#/collections/${collection}`);
  await page.locator('a[href*="/entries/"]').first().waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const cpu = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN;
  actions.clear();
  const cpuBefore = await cpu();
  const started = performance.now();
  await page.goto(`${world.adminUrl}#/collections/${entry.replace('/', '/entries/')}`);
  await page.waitForFunction(() => {
    const title = document.querySelector<HTMLInputElement>(
      'input[id^="tittel-field-"], input[id^="navn-field-"], input[id^="pastand-field-"]',
    );
    return title !== null && title.value !== '';
  });
  let labels = -1;
  let settled = performance.now();
  for (;;) {
    const now = await page.locator('label').count();
    if (now === labels) break;
    labels = now;
    settled = performance.now();
    await page.waitForTimeout(500);
  }
  const seconds = (settled - started) / 1000;
  const cpuSeconds = (await cpu()) - cpuBefore;
  await cdp.detach();
  return { seconds, cpuSeconds, labels, calls: [...actions].map(([a, n]) => `${a} ${n}`).join(', ') };
}

try {
  let t = performance.now();
  const variants = [
    { name: 'Decaps relasjonsfelt', session: await open(plain) },
    { name: 'vårt relasjonsfelt', session: await open(ours) },
  ];
  console.log(`Decap lastet to ganger og logget inn: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  for (const entry of entries) {
    for (let run = 1; run <= RUNS; run++) {
      for (const v of variants) {
        t = performance.now();
        const r = await openEntry(v.session, entry);
        console.log(
          `${entry}, gang ${run}, ${v.name}: ${r.seconds.toFixed(1)} s (CPU ${r.cpuSeconds.toFixed(1)} s), ` +
            `${r.labels} etiketter; kall til backend: ${r.calls || 'ingen'}`,
        );
      }
    }
  }
} finally {
  await browser.close();
  await world.close();
}
