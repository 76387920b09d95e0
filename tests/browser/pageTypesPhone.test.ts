/**
 * Every page of pageTypes.test.ts met on a 360 px phone screen (touch, device pixel ratio 2), with
 * the same checks as there (axe, CSP, other hosts, layout shift).
 */
import { checkEveryPageOn } from '../helpers/pageVisits.ts';

checkEveryPageOn('360 px phone screen');
