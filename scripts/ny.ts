/**
 * `npm run ny -- <hva> …`: writes a skeleton for new content, then validates and lists what is
 * left to fill in. The skeletons come from src/lib/editing/scaffold.ts; this script only reads arguments,
 * asks (only when someone sits at a terminal) and writes files.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import {
  contentRoot,
  readCollectionFiles,
  readEntry,
  relativeToCwd,
  loadContent,
  formatProblem,
  unfilledIn,
  validateContent,
} from '../src/lib/loading/index.ts';
import {
  newAktor,
  newKilde,
  newPlan,
  newTiltak,
  ScaffoldError,
  type NewFile,
} from '../src/lib/editing/index.ts';

const BRUK = `Bruk:
  npm run ny -- plan <pilot> <år> [--fra <år>] [--uten-forrige] [--dokument <kilde-id>]
  npm run ny -- tiltak <plan> <delmålnummer | t>
  npm run ny -- aktor <id> [--navn "<navn>"] [--type <type>]
  npm run ny -- kilde <id> [--pdf kilder-filer/<fil>.pdf | --seed <filnavn i shared/seeds>] [--tittel "<tittel>"] [--utgiver "<utgiver>"]
Se docs/redaktor.md.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    fra: { type: 'string' },
    'uten-forrige': { type: 'boolean' },
    dokument: { type: 'string' },
    navn: { type: 'string' },
    type: { type: 'string' },
    seed: { type: 'string' },
    pdf: { type: 'string' },
    tittel: { type: 'string' },
    utgiver: { type: 'string' },
  },
});

async function askCarryOver(pilot: string, year: number, exists: boolean): Promise<string | undefined> {
  if (!exists || !process.stdin.isTTY) return undefined;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const svar = await rl.question(`Ta med delmål og tiltak fra planen for ${year} som utgangspunkt? (j/n) `);
  rl.close();
  return /^j/i.test(svar.trim()) ? String(year) : undefined;
}

async function skeleton(root: string): Promise<NewFile[]> {
  const c = loadContent(root).collections;
  const [hva, a, b] = positionals;
  switch (hva) {
    case 'plan': {
      let fra = values['uten-forrige'] ? undefined : values.fra;
      if (fra === undefined && !values['uten-forrige'] && a && Number.isInteger(Number(b))) {
        const forrige = Number(b) - 1;
        fra = await askCarryOver(
          a,
          forrige,
          c.handlingsplaner.some((p) => p.id === `${a}-${forrige}`),
        );
      }
      return newPlan(c, a, b, { fra, dokument: values.dokument });
    }
    case 'tiltak':
      return newTiltak(
        c,
        a,
        b,
        readCollectionFiles(root, 'tiltak', 'mdx').map((r) => r.id),
      );
    case 'aktor':
      return newAktor(c, a, { navn: values.navn, type: values.type });
    case 'kilde':
      return newKilde(c, a, {
        seed: values.seed,
        pdf: values.pdf,
        tittel: values.tittel,
        utgiver: values.utgiver,
      });
    default:
      throw new ScaffoldError(hva ? `ukjent type «${hva}».\n${BRUK}` : BRUK);
  }
}

/**
 * A new year touches two things outside the plan's own files, which no marker points at: the
 * pilot's summary, and «Data per», which moves only when a kilde's `kontrollert` date does.
 */
function nyttAarHusk(root: string, pilot: string | undefined): string[] {
  const pilotFil = relativeToCwd(join(root, 'piloter', `${pilot ?? '<pilot>'}.mdx`));
  return [
    '\nHusk også, når planen er lagt inn:',
    `  - Pilotens sammendrag (teksten under streken i ${pilotFil}): si med egne ord hva den nye planen legger vekt på, og rett det som ikke lenger stemmer.`,
    `  - «Data per» nederst på hver side er den nyeste «kontrollert»-datoen i ${relativeToCwd(join(root, 'kilder'))}/. Når du har sjekket planen mot dokumentet, skriver du «kontrollert: ÅÅÅÅ-MM-DD» (dagens dato) i planens kilde.`,
  ];
}

const root = contentRoot();
try {
  const files = await skeleton(root);
  const taken = files.filter((f) => existsSync(join(root, f.path)));
  if (taken.length > 0) {
    throw new ScaffoldError(`filen finnes allerede: ${taken.map((f) => join(root, f.path)).join(', ')}`);
  }
  for (const f of files) {
    const path = join(root, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text);
    console.log(`Skrev ${relativeToCwd(path)}`);
  }
  // What is left: the markers in the new files, and anything else the validator says about them.
  const written = new Set(files.map((f) => relativeToCwd(join(root, f.path))));
  const left = files.flatMap((f) => {
    const path = join(root, f.path);
    const raw = readEntry(path, f.path.endsWith('.yaml') ? 'yaml' : 'mdx');
    return unfilledIn(relativeToCwd(path), raw.data, raw.body);
  });
  const seen = new Set(left.map((p) => `${p.file}\u0000${p.felt}`));
  const others = validateContent(root).problems.filter(
    (p) =>
      written.has(p.file) &&
      !seen.has(`${p.file}\u0000${p.felt}`) &&
      !/ikke fylt inn|ikke skrevet/.test(p.melding),
  );
  const all = [...left, ...others];
  if (all.length === 0) {
    console.log('Alt er fylt inn, og innholdet er gyldig.');
  } else {
    console.log(`\nFyll inn dette før innholdet er gyldig (${all.length} steder), og kjør npm run validate:`);
    for (const p of all) console.log(`  - ${formatProblem(p)}`);
  }
  if (positionals[0] === 'plan') for (const line of nyttAarHusk(root, positionals[1])) console.log(line);
} catch (e) {
  if (e instanceof ScaffoldError) {
    console.error(`Kan ikke lage skjelettet: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
