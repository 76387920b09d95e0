/**
 * Reading the site's outputs back as their readers do (issue 27): a strict XML 1.0
 * well-formedness check for the feed and the sitemap, and a CSV reader that splits on either
 * `;` or `,`, as a spreadsheet does in a semicolon or a comma locale.
 */

/** XML 1.0 «Char»: tab, LF, CR and everything from U+0020 except surrogates, U+FFFE and U+FFFF. */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
const ENTITY = /^&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;

/** Problems that make `xml` not well-formed (empty when it is), with the offset of the first. */
export function xmlProblems(xml: string): string[] {
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) return [`tegn U+${bad[0].charCodeAt(0).toString(16)} som ikke er tillatt i XML ved ${bad.index}`];
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const text = (s: string, at: number): string | undefined => {
    for (let k = 0; k < s.length; k++) {
      if (s[k] === '<') return `rå < ved ${at + k}`;
      if (s[k] === '&' && !ENTITY.test(s.slice(k))) return `rå & ved ${at + k}`;
    }
    return undefined;
  };
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) return ['XML-deklarasjonen slutter ikke'];
    i = end + 2;
  }
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const chunk = xml.slice(i, lt < 0 ? xml.length : lt);
    if (stack.length === 0 && chunk.trim() !== '') return [`tekst utenfor rotelementet ved ${i}`];
    const t = text(chunk, i);
    if (t) return [t];
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return ['kommentaren slutter ikke'];
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end < 0 || stack.length === 0) return ['ugyldig CDATA'];
      i = end + 3;
    } else if (xml[lt + 1] === '/') {
      const m = NAME.exec(xml.slice(lt + 2));
      const close = xml.indexOf('>', lt);
      if (!m || close < 0 || xml.slice(lt + 2 + m[0].length, close).trim() !== '')
        return [`ugyldig slutt-tagg ved ${lt}`];
      if (stack.pop() !== m[0]) return [`slutt-taggen </${m[0]}> passer ikke ved ${lt}`];
      i = close + 1;
    } else {
      const m = NAME.exec(xml.slice(lt + 1));
      if (!m) return [`ugyldig tagg ved ${lt}`];
      let k = lt + 1 + m[0].length;
      const seen = new Set<string>();
      for (;;) {
        const ws = /^\s*/.exec(xml.slice(k))![0].length;
        k += ws;
        if (xml.startsWith('/>', k) || xml[k] === '>') break;
        const attr = NAME.exec(xml.slice(k));
        if (!attr || ws === 0) return [`ugyldig attributt ved ${k}`];
        if (seen.has(attr[0])) return [`attributtet ${attr[0]} to ganger ved ${k}`];
        seen.add(attr[0]);
        const value = /^\s*=\s*("[^"<]*"|'[^'<]*')/.exec(xml.slice(k + attr[0].length));
        if (!value) return [`attributtet ${attr[0]} mangler verdi ved ${k}`];
        const t2 = text(value[1].slice(1, -1), k);
        if (t2) return [t2];
        k += attr[0].length + value[0].length;
      }
      if (stack.length === 0 && ++roots > 1) return [`mer enn ett rotelement ved ${lt}`];
      if (xml[k] === '>') stack.push(m[0]);
      i = k + (xml[k] === '>' ? 1 : 2);
    }
  }
  if (stack.length > 0) return [`<${stack.at(-1)}> slutter ikke`];
  return roots === 1 ? [] : ['fant ikke et rotelement'];
}

/**
 * Cells of a CSV as a spreadsheet reads them with `separator`: a quote opens a quoted cell only
 * at the start of a cell; after the closing quote the rest up to the separator is kept; a line
 * break outside quotes ends the row.
 */
export function readCsv(text: string, separator: ';' | ','): string[][] {
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let atStart = true;
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (ch === separator) {
      row.push(cell);
      cell = '';
      atStart = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atStart = true;
    } else {
      cell += ch;
      atStart = false;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A cell a spreadsheet would run as a formula: = + - @ first, also behind spaces or quotes; a plain number is not one. */
export function runsAsFormula(cell: string): boolean {
  return /^[\s"]*[=+\-@]/.test(cell) && !/^\s*-?\d+([.,]\d+)?\s*$/.test(cell);
}
