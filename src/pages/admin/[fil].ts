/** Decap's bundle, copied from node_modules so /admin/ loads nothing from another server. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECAP_DIST, decapBundleFiles } from '../../lib/adminPage.ts';

export function getStaticPaths() {
  return decapBundleFiles().map((fil) => ({ params: { fil } }));
}

export function GET({ params }: { params: { fil: string } }): Response {
  const type = params.fil.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8';
  return new Response(readFileSync(join(DECAP_DIST, params.fil)), { headers: { 'Content-Type': type } });
}
