/**
 * The /tiltak/ table filtered by an actor in any role shows exactly the tiltak the actor's page
 * lists, for every actor in the real content.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { filtrer, lesTilstand, skrivTilstand, STANDARD_TILSTAND } from '../../src/lib/tables/tiltakFilter.ts';
import { tiltakTabell } from '../../src/lib/tables/tiltakTabell.ts';
import { aktorView } from '../../src/views/aktor.ts';
import { buildSite } from '../../src/views/site.ts';

const site = buildSite(loadContent().collections);
const { rader } = tiltakTabell(site.c);

describe('filter by actor in any role', () => {
  it('reads and writes ?aktor= in the URL', () => {
    const s = lesTilstand(new URLSearchParams('aktor=husbanken'));
    expect(s.aktor).toBe('husbanken');
    expect(skrivTilstand(s)).toBe('aktor=husbanken');
    expect(lesTilstand(new URLSearchParams('aktor=')).aktor).toBeNull();
  });

  it('shows Husbanken’s 7 tiltak, where the named-funder filter shows 1', () => {
    const url = aktorView(site, 'husbanken').tiltakITabell.url;
    expect(url).toBe('/tiltak/?aktor=husbanken');
    const s = lesTilstand(new URLSearchParams(url.split('?')[1]));
    expect(filtrer(rader, s)).toHaveLength(7);
    expect(filtrer(rader, { ...STANDARD_TILSTAND, giver: 'husbanken' })).toHaveLength(1);
  });

  it('matches the actor page’s count for every actor', () => {
    const mismatch: string[] = [];
    let withTiltak = 0;
    for (const a of site.c.aktorer) {
      const side = aktorView(site, a.id).tiltakITabell;
      const tabell = filtrer(rader, lesTilstand(new URLSearchParams(side.url.split('?')[1])));
      if (side.antall > 0) withTiltak++;
      if (tabell.length !== side.antall)
        mismatch.push(`${a.id}: side ${side.antall}, tabell ${tabell.length}`);
    }
    expect(withTiltak).toBeGreaterThan(10);
    expect(mismatch).toEqual([]);
  });

  it('the money section’s named-giver link shows as many tiltak as that section counts, for every funder', () => {
    const mismatch: string[] = [];
    let funders = 0;
    for (const a of site.c.aktorer) {
      const penger = aktorView(site, a.id).penger;
      if (!penger) continue;
      funders++;
      const tabell = filtrer(rader, { ...STANDARD_TILSTAND, giver: a.id });
      if (tabell.length !== penger.perTiltak.length)
        mismatch.push(`${a.id}: side ${penger.perTiltak.length}, tabell ${tabell.length}`);
    }
    expect(funders).toBeGreaterThan(0);
    expect(mismatch).toEqual([]);
  });
});
