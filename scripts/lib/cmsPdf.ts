/**
 * The local CMS backend's one addition for source PDFs: when the editor uploads a PDF into
 * content/kilder-filer/, its text is extracted and kept beside it at once (src/lib/loading/pdfText.ts),
 * so the tiltak citing it can be checked and previewed before any build runs.
 */
import { basename, dirname } from 'node:path';
import { ensurePdfText, KILDE_FILER } from '../../src/lib/loading/index.ts';

export async function afterCmsWrite(file: string): Promise<void> {
  if (!/\.pdf$/i.test(file) || basename(dirname(file)) !== KILDE_FILER) return;
  // An unreadable PDF keeps no text; the validator then says so on the kilde, in Norwegian.
  await ensurePdfText(file).catch(() => undefined);
}
