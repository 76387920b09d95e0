/**
 * The body rule (markdownRules.ts) inside the build: a Sätteri mdast plugin for Astro's
 * `markdown.processor`, which @astrojs/mdx also uses. It runs as a plugin factory, on the
 * source text before the body is parsed or compiled, and throws on the first file that breaks
 * the rule. The MDX module is then never produced, so an `export` in a body is never evaluated,
 * even in a build or dev server started without `npm run validate`.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { checkMarkdownBody } from './markdownRules.ts';

export class ContentBodyError extends Error {
  override name = 'Innholdsfeil';
}

function fileName(ctx: PluginFactoryContext): string {
  if (!ctx.fileURL) return '(ukjent fil)';
  const path = fileURLToPath(ctx.fileURL);
  return relative(process.cwd(), path) || path;
}

/** Returns no plugin for a clean body (nothing to do in the tree); throws for a body that breaks the rule. */
export const contentBodyRule: MdastPluginEntry = (ctx: PluginFactoryContext) => {
  const problems = checkMarkdownBody(ctx.source, ctx.sourceFormat === 'markdown' ? 'markdown' : 'mdx');
  if (problems.length === 0) return null;
  const file = fileName(ctx);
  throw new ContentBodyError(
    [
      `Innholdet i ${file} er ikke ren Markdown og bygges ikke:`,
      ...problems.map((p) => `  - ${file}: linje ${p.line}: ${p.melding}`),
    ].join('\n'),
  );
};
