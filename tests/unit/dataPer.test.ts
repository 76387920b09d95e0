import { describe, expect, it } from 'vitest';
import { dataPer } from '../../src/lib/model/dataPer.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { kildeSchema } from '../../src/schemas/index.ts';

const kilde = (id: string, o: Record<string, unknown>) => ({
  id,
  file: `fixture/${id}`,
  body: '',
  data: kildeSchema.parse({
    tittel: `Dokument ${id}`,
    utgiver: 'Testby',
    dato: null,
    seed: '000_f4bc9484f28f17cc.txt',
    beskrivelse: 'Et dokument.',
    brukt: 'Alt.',
    ...o,
  }),
});

describe('«Data per» comes from content', () => {
  it('is the latest date an editor marked a source as checked, naming that source', () => {
    const d = dataPer({
      kilder: [
        kilde('a', { dato: '2026-05', kontrollert: '2026-06-01' }),
        kilde('b', { dato: '2025', kontrollert: '2026-11-23' }),
      ],
    });
    expect(d).toMatchObject({ dato: '2026-11-23', grunnlag: 'kontrollert', kilde: 'b' });
    expect(d.forklaring).toContain('content/kilder/b.yaml');
  });
  it('falls back to the newest document date, and says so', () => {
    const d = dataPer({ kilder: [kilde('a', { dato: '2025-12' }), kilde('b', { dato: '2026-01' })] });
    expect(d).toMatchObject({ dato: '2026-01', grunnlag: 'dokumentdato', kilde: 'b' });
    expect(d.forklaring).toMatch(/nyeste kildedokumentet/);
  });
  it('rejects a date that does not exist', () => {
    expect(() => kilde('a', { kontrollert: '2026-02-30' })).toThrow();
  });
  it('on the real content, is an editor-set date', () => {
    const { collections: c } = loadContent();
    expect(c.kilder.length).toBeGreaterThan(0);
    expect(dataPer(c).grunnlag).toBe('kontrollert');
  });
});
