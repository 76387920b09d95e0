/** axe on one page of every page type on a 360 px phone screen. */
import { PHONE, describeAxe } from '../helpers/axe.ts';

describeAxe('360 px phone screen', PHONE);
