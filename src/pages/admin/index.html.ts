import { adminCsp, adminHtml } from '../../lib/editing/index.ts';

/**
 * The header matters in `npm run dev` (and `npm run cms`), where Astro sends it as given; the
 * build writes only the page, and the hosts and `npm run serve` send the same policy from
 * hostHeaders.ts.
 */
export function GET(): Response {
  return new Response(adminHtml(), {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': adminCsp() },
  });
}
