/**
 * public/ is copied into the site as it is, and a link there is copied as its target's content:
 * a link to a file elsewhere on the machine would be published. So public/ may hold no links
 * (nor FIFOs or devices); the build refuses to start while it does.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Entries below `dir` that are not regular files or folders, without following any link. */
export function irregularEntries(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return irregularEntries(path);
    return d.isFile() ? [] : [path];
  });
}

/** The Norwegian message for those entries, or undefined when there are none. */
export function publicLinksProblem(dir = 'public') {
  const found = irregularEntries(dir);
  if (found.length === 0) return undefined;
  return (
    `${dir}/ inneholder ${found.length === 1 ? 'en symbolsk lenke eller spesialfil' : `${found.length} symbolske lenker eller spesialfiler`} ` +
    `(${found.slice(0, 5).join(', ')}${found.length > 5 ? ', …' : ''}); bygget kopierer public/ som den er, og ville publisert det lenken peker på. ` +
    'Legg inn selve filen i stedet for lenken.'
  );
}
