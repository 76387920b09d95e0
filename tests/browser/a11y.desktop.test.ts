/** axe on one page of every page type, on a desktop screen with the site's JavaScript. */
import { DESKTOP, describeAxe } from '../helpers/axe.ts';

describeAxe('desktop', DESKTOP);
