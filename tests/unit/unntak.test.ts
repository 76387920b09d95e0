/**
 * The stated exceptions (`unntak`) shown on tiltak and plan pages: what the citation proof
 * accepted without finding it on its lines, with the content's reason.
 */
import { describe, expect, it } from 'vitest';
import { proveCitations } from '../../src/lib/loading/citationProof.ts';
import { handlingsplanSchema, tiltakSchema } from '../../src/schemas/index.ts';
import { planView } from '../../src/views/plan.ts';
import { buildSite } from '../../src/views/site.ts';
import { tiltakView } from '../../src/views/tiltak.ts';
import { unntakNotater } from '../../src/views/unntak.ts';
import { validPlan, validTiltak } from '../helpers/factories.ts';
import { verden } from '../helpers/pageWorld.ts';

const OCR = 'OCR-teksten har gjort æøå om til andre tegn.';

const tiltak = tiltakSchema.parse(
  validTiltak({
    tittel: 'Bolig for alle',
    tittelUnntak: OCR,
    finansiering: [
      {
        kilde: 'bygdevekstmidler',
        belop: 100000,
        aar: 2025,
        linjer: [3, 3],
        unntak: 'Beløpet står i en figur.',
      },
      { kilde: 'kommunal-egenandel', belop: 5000, aar: 2025, linjer: [4, 4] },
    ],
  }),
);

const plan = handlingsplanSchema.parse(
  validPlan({
    oppgitteTabeller: [
      {
        id: 'budsjett',
        tittel: 'Budsjett 2025',
        kolonner: [
          { id: 'bv', etikett: 'Bygdevekstmidler' },
          { id: 'ke', etikett: 'Kommunal egenandel' },
        ],
        rader: [
          {
            etikett: 'Delmål 1',
            delmal: 1,
            verdier: { bv: 200000, ke: 1000000 },
            linjer: [10, 10],
            unntak: OCR,
          },
          { etikett: 'Delmål 2', delmal: 2, verdier: { bv: 300000 }, linjer: [11, 11] },
        ],
        sum: null,
        kilde: { dokument: 'testdok', linjer: [9, 12] },
      },
    ],
  }),
);

describe('unntakNotater', () => {
  it('words each exception of a tiltak: its title first, then the one funding line that has a reason', () => {
    expect(unntakNotater('tiltak', { file: 't.mdx', data: tiltak })).toEqual([
      { gjelder: 'Teksten «Bolig for alle»', unntak: OCR },
      { gjelder: 'Beløpet 100\u00a0000 kr', unntak: 'Beløpet står i en figur.' },
    ]);
  });
  it('gives a stated table row one note for all its figures', () => {
    expect(unntakNotater('handlingsplaner', { file: 'p.mdx', data: plan })).toEqual([
      { gjelder: 'Beløpene 200\u00a0000 kr og 1\u00a0000\u00a0000 kr', unntak: OCR },
    ]);
  });
  it('shows exactly the exceptions the citation proof accepted', () => {
    const proof = proveCitations(
      { tiltak: [{ id: 't', file: 't.mdx', data: tiltak, body: '' }] } as never,
      () => Array(20).fill('ingenting her'),
    );
    expect(proof.exceptions.map((e) => e.unntak)).toEqual(
      unntakNotater('tiltak', { file: 't.mdx', data: tiltak }).map((u) => u.unntak),
    );
  });
  it('is empty for an entry without exceptions', () => {
    expect(unntakNotater('tiltak', { file: 't.mdx', data: tiltakSchema.parse(validTiltak()) })).toEqual([]);
  });
});

describe('on the tiltak and plan pages', () => {
  it('the views carry the notes of their own entry only', () => {
    const c = verden();
    const t = c.tiltak[0];
    (t.data as { tittelUnntak?: string }).tittelUnntak = OCR;
    const site = buildSite(c);
    expect(tiltakView(site, t.id).unntak).toEqual([{ gjelder: `Teksten «${t.data.tittel}»`, unntak: OCR }]);
    expect(planView(site, t.data.plan).unntak).toEqual([]);
    const andre = c.tiltak.find((x) => x.id !== t.id)!;
    expect(tiltakView(site, andre.id).unntak).toEqual([]);
  });
});
