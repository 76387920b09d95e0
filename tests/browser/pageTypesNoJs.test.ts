/**
 * Every page of pageTypes.test.ts that loads a script, met with the site's JavaScript refused: the
 * pages must stand without it. The same checks as there (axe, CSP, other hosts, layout shift).
 */
import { describe, expect, it } from 'vitest';
import { checkEveryPageOn, loadsScripts, pagesFor, SCREENS, visitedPages } from '../helpers/pageVisits.ts';

describe('the pages visited without JavaScript', () => {
  it('are every visited page that loads a script, the search, lists and comparison among them', () => {
    const withoutJs = pagesFor(SCREENS["without the site's JavaScript"]);
    for (const p of ['/sok/', '/tiltak/', '/sammenlign/']) expect(withoutJs).toContain(p);
    expect(withoutJs).toEqual(visitedPages().filter(loadsScripts));
  });
});

checkEveryPageOn("without the site's JavaScript");
