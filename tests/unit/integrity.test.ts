import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/loading/validateContent.ts';
import { copyFixture, edit, write } from '../helpers/fixture.ts';

function problemsAfter(change: (root: string) => void) {
  const root = copyFixture();
  change(root);
  return validateContent(root).problems;
}

describe('the valid fixture', () => {
  it('has content in every collection it uses and no problems', () => {
    const { collections, problems } = validateContent('tests/fixtures/gyldig');
    expect(collections.piloter.length).toBeGreaterThan(0);
    expect(collections.tiltak.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

describe('integrity problems are found, with file, field and a Norwegian message', () => {
  it.each([
    [
      'a tiltak pointing at a delmål that does not exist',
      'tiltak/testpilot-2025-d1-1.mdx',
      'delmal: testpilot-d1',
      'delmal: testpilot-d9',
      'delmal',
      /viser til delmål «testpilot-d9» som ikke finnes/,
    ],
    [
      'a tiltak pointing at a plan that does not exist',
      'tiltak/testpilot-2025-d1-1.mdx',
      'plan: testpilot-2025',
      'plan: testpilot-2019',
      'plan',
      /viser til handlingsplan «testpilot-2019» som ikke finnes/,
    ],
    [
      'a delmål with an unknown theme',
      'delmal/testpilot-d1.mdx',
      'tema: [bolig]',
      'tema: [boliger]',
      'tema[0]',
      /viser til tema «boliger» som ikke finnes/,
    ],
    [
      'a partner that is not an actor',
      'delmal/testpilot-d1.mdx',
      'samarbeidsparter: [testby-kommune]',
      'samarbeidsparter: [ukjent-etat]',
      'samarbeidsparter[0]',
      /aktør «ukjent-etat»/,
    ],
    [
      'a pilot file that still lists its kommuner, one that does not exist',
      'piloter/testpilot.mdx',
      'valgt: "2022-11-24"',
      'valgt: "2022-11-24"\nkommuner: [testby, nullby]',
      'kommuner[1]',
      /kommune «nullby» som ikke finnes/,
    ],
    [
      'a citation of a document that does not exist',
      'delmal/testpilot-d1.mdx',
      'dokument: testdok',
      'dokument: borte',
      'kilde.dokument',
      /kilde «borte» som ikke finnes/,
    ],
    [
      'a kommune in a pilot that does not exist',
      'kommuner/testby.yaml',
      'pilot: testpilot',
      'pilot: annenpilot',
      'pilot',
      /pilot «annenpilot» som ikke finnes/,
    ],
    [
      'a table row pointing at a tiltak that does not exist',
      'handlingsplaner/testpilot-2025.mdx',
      'tiltak: testpilot-2025-d1-1',
      'tiltak: testpilot-2025-d1-7',
      'oppgitteTabeller[0].rader[0].tiltak',
      /tiltak «testpilot-2025-d1-7» som ikke finnes/,
    ],
    [
      'a table cell in a column the table does not have',
      'handlingsplaner/testpilot-2025.mdx',
      'verdier: { a2025: 100000 }, linjer: [1176, 1176]',
      'verdier: { a2026: 100000 }, linjer: [1176, 1176]',
      'oppgitteTabeller[0].rader[0].verdier.a2026',
      /kolonnen «a2026» finnes ikke/,
    ],
    [
      'a plan decided before the pilot was chosen',
      'handlingsplaner/testpilot-2025.mdx',
      'dato: 2024-12-05',
      'dato: 2021-03-01',
      'vedtak[0].dato',
      /før piloten ble valgt ut/,
    ],
  ])('%s', (_name, file, from, to, felt, melding) => {
    const problems = problemsAfter((root) => edit(root, file, from, to));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: expect.stringContaining(file),
        felt,
        melding: expect.stringMatching(melding),
      }),
    );
  });

  it('finds duplicate ids across sub-folders', () => {
    const problems = problemsAfter((root) => {
      const text =
        '---\npilot: testpilot\nnr: 2\ntittel: Kopi\ntema: [bolig]\nkilde: { dokument: testdok, linjer: [3, 4] }\n---\nKopi.\n';
      write(root, 'delmal/README.md', 'not content');
      mkdirSync(`${root}/delmal/undermappe`);
      write(root, 'delmal/undermappe/testpilot-d1.mdx', text);
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        felt: '(id)',
        melding: expect.stringMatching(/id «testpilot-d1» er brukt to ganger/),
      }),
    );
  });

  it('finds two tiltak with the same number in one plan and delmål', () => {
    const problems = problemsAfter((root) => {
      const text = readFileSync(`${root}/tiltak/testpilot-2025-d1-1.mdx`, 'utf8');
      write(root, 'tiltak/testpilot-2025-d1-2.mdx', text);
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        felt: 'nr',
        melding: expect.stringMatching(/tiltak nr\. «1» finnes allerede/),
      }),
    );
  });

  it('finds a tiltak whose delmål belongs to another pilot', () => {
    const problems = problemsAfter((root) => {
      write(root, 'piloter/annen.mdx', readFileSync(`${root}/piloter/testpilot.mdx`, 'utf8'));
      write(
        root,
        'kommuner/annenby.yaml',
        readFileSync(`${root}/kommuner/testby.yaml`, 'utf8')
          .replace('pilot: testpilot', 'pilot: annen')
          .replace('Testby', 'Annenby'),
      );
      edit(root, 'delmal/testpilot-d1.mdx', 'pilot: testpilot', 'pilot: annen');
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        felt: 'delmal',
        melding: expect.stringMatching(
          /hører til piloten «annen», men planen «testpilot-2025» hører til «testpilot»/,
        ),
      }),
    );
  });

  describe('a pilot’s kommuner are those that name it; a pilot file may still list them, and must then list them right', () => {
    const annenby = (root: string, pilot: string) =>
      write(
        root,
        'kommuner/annenby.yaml',
        readFileSync(`${root}/kommuner/testby.yaml`, 'utf8')
          .replace('pilot: testpilot', `pilot: ${pilot}`)
          .replace('Testby', 'Annenby'),
      );
    const list = (root: string, ids: string) =>
      edit(root, 'piloter/testpilot.mdx', 'valgt: "2022-11-24"', `valgt: "2022-11-24"\nkommuner: [${ids}]`);

    it('builds a pilot saved before any kommune names it, and a list that says what the kommuner say', () => {
      const utenKommuner = problemsAfter((root) => {
        edit(root, 'kommuner/testby.yaml', 'pilot: testpilot', 'pilot: annen');
        write(root, 'piloter/annen.mdx', readFileSync(`${root}/piloter/testpilot.mdx`, 'utf8'));
      });
      expect(utenKommuner).toEqual([]);
      expect(problemsAfter((root) => (annenby(root, 'testpilot'), list(root, 'annenby, testby')))).toEqual(
        [],
      );
    });

    it('finds a kommune that names a pilot whose own list leaves it out', () => {
      const problems = problemsAfter((root) => (annenby(root, 'testpilot'), list(root, 'testby')));
      expect(problems).toContainEqual(
        expect.objectContaining({
          file: expect.stringContaining('kommuner/annenby.yaml'),
          felt: 'pilot',
          melding: expect.stringMatching(
            /piloten «testpilot» lister kommunene sine selv, men ikke «annenby»/,
          ),
        }),
      );
    });

    it('finds a pilot listing a kommune that names another pilot', () => {
      const problems = problemsAfter((root) => {
        write(root, 'piloter/annen.mdx', readFileSync(`${root}/piloter/testpilot.mdx`, 'utf8'));
        annenby(root, 'annen');
        list(root, 'testby, annenby');
      });
      expect(problems).toContainEqual(
        expect.objectContaining({
          file: expect.stringContaining('piloter/testpilot.mdx'),
          felt: 'kommuner',
          melding: expect.stringMatching(/kommunen «annenby» sier at den hører til piloten «annen»/),
        }),
      );
    });
  });

  it('lists every problem, not only the first', () => {
    const problems = problemsAfter((root) => {
      edit(root, 'tiltak/testpilot-2025-d1-1.mdx', 'delmal: testpilot-d1', 'delmal: testpilot-d9');
      edit(root, 'delmal/testpilot-d1.mdx', 'tema: [bolig]', 'tema: [boliger]');
      edit(root, 'kommuner/testby.yaml', 'antall: 1000', 'antall: mange');
    });
    const files = new Set(problems.map((p) => p.file.replace(/^.*?bygdevekst-fixture-[^/]+\//, '')));
    for (const f of ['tiltak/testpilot-2025-d1-1.mdx', 'delmal/testpilot-d1.mdx', 'kommuner/testby.yaml'])
      expect(files).toContain(f);
  });

  it('treats an empty content folder as an error, not as an empty site', () => {
    const problems = validateContent('tests/fixtures/finnes-ikke').problems;
    expect(problems.map((p) => p.melding)).toContainEqual(expect.stringMatching(/fant ingen oppføringer/));
  });
});

describe('schema problems in files are reported with file and field', () => {
  it.each([
    [
      'bad YAML',
      'kommuner/testby.yaml',
      'fylke: Trøndelag',
      'fylke: Trøndelag: feil',
      '(hele filen)',
      /ugyldig YAML på linje 2/,
    ],
    [
      'a string where an amount goes',
      'tiltak/testpilot-2025-d1-1.mdx',
      'belop: 100000',
      'belop: "100 000 kr"',
      'finansiering[0].belop',
      /skrevet som tekst «100 000 kr»; skriv 100000/,
    ],
    [
      'an amount in øre',
      'tiltak/testpilot-2025-d1-1.mdx',
      'belop: 100000',
      'belop: 100000.5',
      'finansiering[0].belop',
      /hele kroner, ikke øre/,
    ],
    [
      'a negative amount',
      'tiltak/testpilot-2025-d1-1.mdx',
      'belop: 100000',
      'belop: -5',
      'finansiering[0].belop',
      /kan ikke være negativt/,
    ],
    [
      'a year far outside 2022–2030',
      'tiltak/testpilot-2025-d1-1.mdx',
      'aar: 2025, linjer',
      'aar: 2205, linjer',
      'finansiering[0].aar',
      /2030 eller tidligere/,
    ],
    [
      'a date that does not exist',
      'handlingsplaner/testpilot-2025.mdx',
      'dato: 2024-12-05',
      'dato: "2024-02-30"',
      'vedtak[0].dato',
      /finnes ikke i kalenderen/,
    ],
    [
      'an unknown status',
      'tiltak/testpilot-2025-d1-1.mdx',
      'status: hovedprosjekt',
      'status: ferdig',
      'status',
      /forventet en status/,
    ],
    [
      'a misspelt field',
      'tiltak/testpilot-2025-d1-1.mdx',
      'tittel:',
      'tittl:',
      'tittl',
      /ukjent felt «tittl» \(mente du «tittel»\? Det feltet mangler\.\)/,
    ],
    [
      'a missing required field',
      'delmal/testpilot-d1.mdx',
      'tittel: Øke Boligbyggingen\n',
      '',
      'tittel',
      /mangler/,
    ],
  ])('%s', (_name, file, from, to, felt, melding) => {
    const problems = problemsAfter((root) => edit(root, file, from, to));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: expect.stringContaining(file),
        felt,
        melding: expect.stringMatching(melding),
      }),
    );
  });
});
