/**
 * Serves the built site in dist/ on http://127.0.0.1:4321/ (PORT overrides), with the headers and
 * compression a host would use (src/lib/publishing/hostHeaders.ts), under BASE_PATH when the site
 * was built with one. Run `npm run build` first, or `npm run preview` for both.
 */
import { existsSync } from 'node:fs';
import { serveStatic } from './lib/staticServer.mjs';
import { BASE_PATH } from '../src/lib/urls.ts';

if (!existsSync('dist/index.html')) {
  console.error(
    'Fant ikke dist/index.html. Kjør «npm run build» først (eller «npm start», som gjør begge deler).',
  );
  process.exit(1);
}
const { url } = await serveStatic('dist', Number(process.env.PORT ?? 4321), BASE_PATH);
// The URL is the last line of `npm start`, where a newcomer looks for it.
console.log(`Bygdevekstatlas kjører (Ctrl+C stopper). Åpne:\n${url}`);
