import { adminHtml } from '../../lib/editing/index.ts';

export function GET(): Response {
  return new Response(adminHtml(), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
