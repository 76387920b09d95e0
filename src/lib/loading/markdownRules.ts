/**
 * Content is data, not code: the rule for the body of an MDX (or Markdown) content file.
 * A body may hold plain paragraphs, `##` headings, lists, emphasis, links and quotes, and
 * nothing else. MDX would otherwise run `import`/`export` and `{…}` at build time and put
 * JSX, raw HTML and `javascript:` links on the page.
 *
 * Pure: source text in, problems out (with the line in the file). The validator calls it
 * for every body, and the build calls it through the plugin in markdownRulesPlugin.ts, so
 * the same rule holds whichever pipeline renders the body. It parses with Sätteri, the
 * parser Astro's MDX integration compiles with, so both see the same tree.
 */
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';

export interface BodyProblem {
  /** 1-based line in the file (frontmatter included). */
  line: number;
  melding: string;
}

/** What a body may contain, in the words an editor reads in a message. */
export const TILLATT = 'avsnitt, ##-overskrifter, lister, utheving, lenker og sitater';

/** Node types that are plain Markdown text. Everything else in a body is refused. */
const ALLOWED = new Set([
  'root',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'link',
  'list',
  'listItem',
  'blockquote',
  'break',
]);

/** Norwegian names for the constructs an editor is most likely to try, for the message. */
const NAVN: Record<string, string> = {
  image: 'et bilde',
  imageReference: 'et bilde',
  code: 'en kodeblokk',
  inlineCode: 'kodeformatering (`…`)',
  thematicBreak: 'en skillelinje (---)',
  table: 'en tabell',
  delete: 'gjennomstreking (~~…~~)',
  footnoteDefinition: 'en fotnote',
  footnoteReference: 'en fotnote',
  definition: 'en lenkedefinisjon ([navn]: adresse)',
  linkReference: 'en referanselenke ([tekst][navn])',
  toml: 'TOML-frontmatter',
  math: 'matematikk',
  inlineMath: 'matematikk',
};

/**
 * A link target a reader can follow safely: http(s) or e-mail, or a path on this site.
 * Browsers ignore tabs, newlines and leading control characters in a URL, so those are
 * removed before the scheme is read («java\tscript:» is still javascript:).
 */
export function isSafeLinkUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const u = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u);
  if (scheme) return ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase());
  // Site-relative only: «//host» and «/\host» are other hosts to a browser.
  if (u.startsWith('/')) return !u.startsWith('//') && !u.startsWith('/\\');
  return u.startsWith('#');
}

/** Translates the parser's most common MDX syntax errors; the original stays in brackets. */
function syntaxMessage(raw: string): string {
  const text = raw.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
  let hint = 'ugyldig MDX-syntaks';
  if (/expression|brace/i.test(text))
    hint = 'en krøllparentes { eller } gjør teksten om til kode; skriv den uten krøllparenteser';
  else if (/tag|name|closing|JSX|attribute/i.test(text))
    hint = 'tegnet < starter et HTML/JSX-element; skriv «mindre enn» eller fjern tegnet';
  else if (/import|export|ESM|acorn/i.test(text)) hint = 'import og export er ikke tillatt i brødteksten';
  return `${hint} (parseren sier: ${text})`;
}

function describe(node: MdastNode): string {
  switch (node.type) {
    case 'mdxjsEsm':
      return 'import og export er ikke tillatt i brødteksten: innhold er data, ikke kode';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return '{…}-uttrykk er ikke tillatt i brødteksten: innhold er data, ikke kode. Skriv teksten uten krøllparenteser';
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = (node as { name?: string | null }).name;
      return `elementet <${name ?? ''}> er ikke tillatt i brødteksten (JSX og HTML kan kjøre skript); bruk vanlig Markdown: ${TILLATT}`;
    }
    case 'html':
      return `rå HTML er ikke tillatt i brødteksten; bruk vanlig Markdown: ${TILLATT}`;
    case 'heading':
      return `bare ##-overskrifter er tillatt i brødteksten (fant en overskrift med ${(node as { depth: number }).depth} #)`;
    default:
      return `${NAVN[node.type] ?? `«${node.type}»`} er ikke tillatt i brødteksten; tillatt er ${TILLATT}`;
  }
}

function lineOf(node: MdastNode, fallback: number): number {
  return node.position?.start.line ?? fallback;
}

/**
 * Every problem in one body. `source` is the whole file (frontmatter included, so lines are
 * the file's lines) or a body whose frontmatter is blanked out line for line.
 */
export function checkMarkdownBody(source: string, format: 'mdx' | 'markdown' = 'mdx'): BodyProblem[] {
  let tree: MdastNode;
  try {
    tree = format === 'mdx' ? mdxToMdast(source) : markdownToMdast(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):/.exec(message);
    return [{ line: at ? Number(at[1]) : 1, melding: syntaxMessage(message) }];
  }
  const problems: BodyProblem[] = [];
  const visit = (node: MdastNode, parentLine: number, depth: number) => {
    const line = lineOf(node, parentLine);
    // Frontmatter is a YAML node at the top; it is checked by the schemas, not here.
    if (node.type === 'yaml' && depth === 1) return;
    if (!ALLOWED.has(node.type) || (node.type === 'heading' && (node as { depth: number }).depth !== 2)) {
      problems.push({ line, melding: describe(node) });
      return;
    }
    if (node.type === 'link') {
      const url = (node as { url: string }).url;
      if (!isSafeLinkUrl(url))
        problems.push({
          line,
          melding: `lenken «${url.length > 60 ? `${url.slice(0, 60)}…` : url}» er ikke tillatt; bruk https:, http:, mailto: eller en adresse på nettstedet som begynner med /`,
        });
    }
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child, line, depth + 1);
  };
  visit(tree, 1, 0);
  return problems;
}
