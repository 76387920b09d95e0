/** axe on one page of every page type with the site's JavaScript refused: the pages must stand without it. */
import { WITHOUT_JAVASCRIPT, describeAxe } from '../helpers/axe.ts';

describeAxe("without the site's JavaScript", WITHOUT_JAVASCRIPT);
