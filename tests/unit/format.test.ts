import { describe, expect, it } from 'vitest';
import {
  compareNr,
  formatKilde,
  formatKronebelop,
  formatKroner,
  formatKronerMedFortegn,
  formatTall,
  formatTallMedFortegn,
  kortUrl,
  sideTittel,
} from '../../src/lib/format.ts';
import { SPRAK_LANG } from '../../src/schemas/vocabulary.ts';

describe('ordering', () => {
  it('sorts printed numbers naturally', () => {
    expect(['1.10', 'T1', '1.2', '2', '1.1'].sort(compareNr)).toEqual(['1.1', '1.2', '1.10', '2', 'T1']);
  });
});

describe('language codes', () => {
  it('gives the ISO 639 code of each official language', () => {
    expect(SPRAK_LANG).toEqual({ nordsamisk: 'se', lulesamisk: 'smj', sorsamisk: 'sma', kvensk: 'fkv' });
  });
});

describe('sideTittel', () => {
  it('adds the site name to a short title', () => {
    expect(sideTittel('Tema')).toBe('Tema – Bygdevekstatlas');
  });
  it('cuts a long title at a word, within 70 characters', () => {
    const t = sideTittel(
      'Utnytte smådriftsfordelene i regionen til å samhandle målrettet om å forhindre ungt utenforskap',
    );
    expect(t.length).toBeLessThanOrEqual(70);
    expect(t).toBe('Utnytte smådriftsfordelene i regionen til å… – Bygdevekstatlas');
  });
  it('cuts inside a very long word when it must', () => {
    expect(sideTittel('x'.repeat(100)).length).toBe(70);
  });
});

describe('kortUrl', () => {
  it('drops the scheme and a trailing slash and keeps short addresses whole', () => {
    expect(kortUrl('https://www.regjeringen.no/no/aktuelt/id2948153/')).toBe(
      'www.regjeringen.no/no/aktuelt/id2948153',
    );
  });
  it('cuts a long path to its last part', () => {
    expect(
      kortUrl(
        'https://github.com/oystess/valg_analyser/blob/945f7ad94c641a6e3c731cbe070a9ff9e8f76190/data/processed/befolkning_2024.csv',
      ),
    ).toBe('github.com/…/befolkning_2024.csv');
  });
  it('keeps only the host when even the last part is too long', () => {
    expect(kortUrl(`https://example.org/a/${'x'.repeat(80)}`)).toBe('example.org/…');
  });
});

describe('kroner and numbers', () => {
  it('writes kroner the Norwegian way, with no-break spaces, and says when no amount is stated', () => {
    expect(formatKroner(1025000)).toBe('1\u00a0025\u00a0000 kr');
    expect(formatKroner(null)).toBe('ikke oppgitt');
    expect(formatKronebelop(1025000)).toBe('1\u00a0025\u00a0000');
  });
  it('writes differences with a sign, and zero without one', () => {
    expect(formatKronerMedFortegn(1500)).toBe('+1\u00a0500 kr');
    expect(formatKronerMedFortegn(-1500)).toBe('\u22121\u00a0500 kr');
    expect(formatKronerMedFortegn(0)).toBe('0 kr');
    expect(formatTallMedFortegn(-0.5)).toBe('\u22120,5');
    expect(formatTall(1234.56)).toBe('1\u00a0234,6');
  });
});

describe('formatKilde', () => {
  const titler: Record<string, string> = { 'hp-2026': 'Handlingsplan 2026' };
  const tittel = (id: string) => titler[id];
  it('names the document by its title, with one line or a range', () => {
    expect(formatKilde({ dokument: 'hp-2026', linjer: [12, 30] }, tittel)).toBe(
      'Handlingsplan 2026, linje 12–30',
    );
    expect(formatKilde({ dokument: 'hp-2026', linjer: [7, 7] }, tittel)).toBe('Handlingsplan 2026, linje 7');
  });
  it('falls back to the document id, and to the web address where there is no document', () => {
    expect(formatKilde({ dokument: 'ukjent-dok' }, tittel)).toBe('ukjent-dok');
    expect(formatKilde({ url: 'https://example.no/side' }, tittel)).toBe('https://example.no/side');
    expect(formatKilde({}, tittel)).toBe('');
  });
});
