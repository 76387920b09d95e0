/**
 * The largest page of every type, and the other pages of pageTypes.test.ts, met on a 360 px phone
 * screen (touch, device pixel ratio 2), with the same checks as there (axe, CSP, other hosts,
 * layout shift, and no page wider than the screen: wide tables scroll inside their own box).
 */
import { describe, expect, it } from 'vitest';
import { builtPages, largestPagePerType, pageType } from '../helpers/builtSite.ts';
import { checkEveryPageOn, pagesFor, SCREENS, visitedPages } from '../helpers/pageVisits.ts';

describe('the pages visited on a phone', () => {
  it('are the largest page of every type, and the search, lists and comparison', () => {
    const pages = pagesFor(SCREENS['360 px phone screen']);
    const types = new Set(builtPages().map(pageType));
    expect(types.size).toBeGreaterThan(15);
    const largest = largestPagePerType();
    expect(new Set(largest.map(pageType))).toEqual(types);
    expect(pages).toEqual(visitedPages(largest));
    for (const p of ['/', '/sok/', '/tiltak/', '/penger/', '/sammenlign/']) expect(pages).toContain(p);
  });
});

checkEveryPageOn('360 px phone screen');
