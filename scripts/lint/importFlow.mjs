/**
 * ESLint rule `flow/import-direction`: keeps the one-way flow of ARCHITECTURE.md true.
 *
 * content → src/schemas → src/lib/<folder> (in FLOW order) → src/views → src/data → pages, components
 * and layouts. A module may import from its own place or from an earlier one, never from a later one;
 * from outside a src/lib folder it imports that folder's public surface (`index.ts`, or `client.ts` for
 * browser code) and nothing deeper; browser code takes values from client surfaces only; and only
 * src/data/astroContent.ts reads `astro:content` (besides Astro's collection config). Tests are exempt: they test modules directly.
 */
import { dirname, relative, resolve, sep } from 'node:path';

/** The src/lib folders, earliest first. A folder may import only from folders before it. */
export const FLOW = [
  'loading',
  'model',
  'money',
  'plans',
  'checks',
  'learning',
  'editing',
  'tables',
  'search',
  'publishing',
  'map',
];

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const SURFACES = new Set(['index.ts', 'client.ts']);
/** The one adapter that reads collections, and Astro's own collection config. */
const ASTRO_CONTENT_DOORS = new Set(['src/data/astroContent.ts', 'src/content.config.ts']);

/** Where a file stands in the flow: a rank (higher is later) and, inside src/lib, its folder. */
export function placeOf(file) {
  const p = relative(ROOT, file).split(sep).join('/');
  if (p.startsWith('src/schemas/')) return { rank: 0, name: 'src/schemas' };
  const lib = /^src\/lib\/([^/]+)\/(.+)$/.exec(p);
  if (lib) {
    const i = FLOW.indexOf(lib[1]);
    return { rank: i < 0 ? 99 : 2 + i, name: `src/lib/${lib[1]}`, folder: lib[1], file: lib[2] };
  }
  if (/^src\/lib\/[^/]+$/.test(p)) return { rank: 1, name: 'src/lib (shared helpers)' };
  if (p.startsWith('src/views/')) return { rank: 20, name: 'src/views' };
  if (p.startsWith('src/data/')) return { rank: 21, name: 'src/data' };
  if (/^src\/(pages|components|layouts|styles)\//.test(p)) return { rank: 22, name: 'pages and components' };
  if (p.startsWith('src/scripts/')) return { rank: 22, name: 'src/scripts', browser: true };
  return null;
}

const isBrowserCode = (p) => /^src\/(scripts\/|components\/charts\/[^/]+\.ts$)/.test(p);

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the one-way flow content → schemas → lib → views → pages.' },
    schema: [],
  },
  create(context) {
    const file = context.physicalFilename ?? context.filename;
    const rel = relative(ROOT, file).split(sep).join('/');
    if (!rel.startsWith('src/')) return {};
    const from = placeOf(file);
    const browser = isBrowserCode(rel);

    function check(node, source, typeOnly) {
      const spec = source?.value;
      if (typeof spec !== 'string') return;
      if (spec === 'astro:content' && !ASTRO_CONTENT_DOORS.has(rel)) {
        context.report({
          node,
          message: 'Only src/data/astroContent.ts (and the collection config) may import astro:content.',
        });
        return;
      }
      if (!spec.startsWith('.')) return;
      const to = placeOf(resolve(dirname(file), spec));
      if (!from || !to) return;
      if (to.rank > from.rank) {
        context.report({
          node,
          message: `${from.name} may not import from ${to.name}: that is later in the flow (see ARCHITECTURE.md).`,
        });
        return;
      }
      if (to.folder && to.folder !== from.folder && !SURFACES.has(to.file)) {
        context.report({
          node,
          message: `Import ${to.name} through its public surface (index.ts or client.ts), not ${to.file}.`,
        });
        return;
      }
      if (browser && to.folder && !typeOnly && to.file !== 'client.ts') {
        context.report({
          node,
          message: `Browser code takes values from ${to.name}/client.ts only, so build-time code stays out of client bundles.`,
        });
      }
    }

    const typeOnlyImport = (node) =>
      node.importKind === 'type' ||
      (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));

    return {
      ImportDeclaration: (node) => check(node, node.source, typeOnlyImport(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source, false),
    };
  },
};
