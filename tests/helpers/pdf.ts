/**
 * Small PDFs made by the tests themselves (pdf-lib): each page a list of lines, each line one or
 * more pieces of text on the same baseline. Standard Helvetica, which writes æøå.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** pages[p] lists the lines of page p + 1; a line given as several strings is drawn in columns. */
export async function makePdf(
  pages: readonly (readonly (string | readonly string[])[])[],
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    // Lines below the page's edge are not text a reader sees, and pdfjs leaves them out.
    if (lines.length > 36) throw new Error(`makePdf: høyst 36 linjer per side, fikk ${lines.length}`);
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => {
      const pieces = typeof line === 'string' ? [line] : line;
      pieces.forEach((text, col) =>
        page.drawText(text, { x: 50 + col * 220, y: 780 - i * 20, size: 11, font }),
      );
    });
  }
  return doc.save();
}
