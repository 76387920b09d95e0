/**
 * axe on one page of every page type (and the pages with charts, budget tables and shared filter
 * URLs): on a desktop screen, with the site's JavaScript refused (the pages must stand without it),
 * and on a 360 px phone screen.
 */
import { describeAxe } from '../helpers/axe.ts';

describeAxe();
