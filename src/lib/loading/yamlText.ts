/**
 * YAML as it is written: the checks that must see the text before YAML reads it (an amount
 * written «250.000» becomes 250; an alias or a tag expands or runs before any walk over the
 * data), and the characters no text may hold. Split from contentFiles.ts, which reads the files.
 */
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Node as YamlNode,
} from 'yaml';

/** A problem found while reading one file: a field (zod-style path) or a line, in Norwegian. */
export interface ReadProblem {
  felt: string;
  linje?: number;
  melding: string;
  /** Other fields this problem explains, which are then not reported again (e.g. the «000» that `250,000` leaves behind). */
  dekker?: string[];
}

/** Fields that hold whole kroner or counts: written as plain digits, never with separators. */
function isAmountField(path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  return last === 'belop' || last === 'antall' || path[path.length - 2] === 'verdier';
}

export function fieldName(path: readonly (string | number)[]): string {
  return (
    path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`)).join('') ||
    '(hele filen)'
  );
}

/** «kr 250 000,-» → «250000»: the digits of a written amount, without «,-» or «,00». */
function kroner(written: string): string {
  return written.replace(/,(-|00)\s*(kr\.?)?\s*$/i, '').replace(/\D/g, '');
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const THOUSANDS = /^\s*(kr\.?\s*)?\d{1,3}([ .,\u00a0\u202f]\d{3})+(,-|,00)?\s*(kr\.?)?\s*$/i;

/**
 * How numbers and texts are written in one YAML document, checked on the source text: YAML
 * reads `250.000` as 250 and `1e6` as a million, and `"   "` is not a title.
 */
function writtenValueProblems(root: YamlNode | null, text: string): ReadProblem[] {
  const problems: ReadProblem[] = [];
  const path: (string | number)[] = [];
  const visit = (node: unknown) => {
    if (isMap(node)) {
      node.items.forEach((pair, i) => {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        // In a flow map { belop: 250,000 } the comma splits the amount: belop 250, and a key «000».
        const prev = node.items[i - 1];
        if (
          isScalar(pair.key) &&
          pair.key.range &&
          /^\d{3}$/.test(text.slice(pair.key.range[0], pair.key.range[1]).trim()) &&
          isScalar(prev?.value) &&
          typeof prev.value.value === 'number' &&
          prev.value.range
        ) {
          const prevKey = isScalar(prev.key) ? String(prev.key.value) : String(prev.key);
          if (isAmountField([...path, prevKey])) {
            const written = `${text.slice(prev.value.range[0], prev.value.range[1]).trim()},${text.slice(pair.key.range[0], pair.key.range[1]).trim()}`;
            problems.push({
              felt: fieldName([...path, prevKey]),
              melding: `tallet er skrevet som «${written}», der kommaet deler tallet i to; skriv ${kroner(written)} (hele kroner, uten mellomrom, punktum eller komma)`,
              dekker: [fieldName([...path, key])],
            });
          }
        }
        path.push(key);
        visit(pair.value);
        path.pop();
      });
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        path.push(i);
        visit(node.items[i]);
        path.pop();
      }
    } else if (isScalar(node) && node.range) {
      const value = node.value;
      if (typeof value === 'number') {
        const source = text.slice(node.range[0], node.range[1]).trim();
        const amount = isAmountField(path);
        if (amount && THOUSANDS.test(source)) {
          problems.push({
            felt: fieldName(path),
            melding: `tallet er skrevet som «${source}», som leses som ${value}; skriv ${kroner(source)} (hele kroner, uten mellomrom, punktum eller komma)`,
          });
        } else if (!PLAIN_NUMBER.test(source)) {
          // 1e6, 0x10, +5, .inf: YAML reads them as numbers, but nobody reading the file sees the number.
          problems.push({
            felt: fieldName(path),
            melding: `forventet et tall skrevet med vanlige sifre, fant «${source}»${amount ? '; skriv beløpet i hele kroner, for eksempel 1000000 for 1e6' : ''}`,
          });
        }
      } else if (typeof value === 'string') {
        if (value.trim() === '') {
          if (value.length > 0)
            problems.push({
              felt: fieldName(path),
              melding:
                'teksten består bare av mellomrom; skriv teksten, eller fjern feltet hvis det er valgfritt',
            });
        } else if (/^[\sk\d]/.test(value) && isAmountField(path) && THOUSANDS.test(value)) {
          problems.push({
            felt: fieldName(path),
            melding: `tallet er skrevet som tekst «${value}»; skriv ${kroner(value)} (hele kroner, uten mellomrom, punktum eller komma)`,
          });
        }
      }
    }
  };
  visit(root);
  return problems;
}

/**
 * The common case, fast: js-yaml reads our frontmatter about four times faster than `yaml`, which
 * is most of `npm run validate`. But it cannot say where a value was written, so it answers only
 * when nothing in the file could concern the written-value checks or an error message: every
 * number written with plain digits, no key of digits (the tail of «250,000» in a flow map), no blank
 * text, no amount field holding text like «250 000», and no syntax error. Anything else goes the exact way.
 */
function parsePlainYaml(text: string): { data: unknown } | undefined {
  const starts: number[] = [];
  let plain = true;
  try {
    const data = loadYaml(text, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          starts.push(state.position);
          return;
        }
        const start = starts.pop() ?? 0;
        const value: unknown = state.result;
        if (!plain) return;
        if (typeof value === 'number') {
          const source = state.input.slice(start, state.position).trim();
          if (!PLAIN_NUMBER.test(source) || THOUSANDS.test(source)) plain = false;
        } else if (typeof value === 'string' && value.length > 0 && value.trim() === '') {
          plain = false;
        }
      },
    });
    return plain && !needsPositions(data, []) ? { data } : undefined;
  } catch {
    return undefined;
  }
}

/** A key of digits, or an amount field holding text that looks like an amount: the exact checks must see where. */
function needsPositions(value: unknown, path: (string | number)[]): boolean {
  if (typeof value === 'string') return isAmountField(path) && THOUSANDS.test(value);
  if (Array.isArray(value)) return value.some((inner, i) => needsPositions(inner, [...path, i]));
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(
    ([key, inner]) => /^\d+$/.test(key) || needsPositions(inner, [...path, key]),
  );
}

/**
 * Text that might hold an anchor, an alias, a tag or a directive: only such a file needs the
 * exact parser's view of its nodes, so the fast path stays fast for the rest. (A «&» or «*» in
 * the middle of a text, as in «Rynning & Blumenthal», also sends a file the exact way; that is
 * harmless, only slower.)
 */
const MAYBE_NODE_PROPERTY = /(?:^|[\s[{,])[&*!]|^%/m;

/**
 * Anchors, aliases and tags are refused in content. An alias repeats a value without writing it
 * out, so nine lines of ten aliases each stand for 10^9 values, which every walk over the data
 * visits (a 470-byte file hung the validator); a tag (`!!js/function`, `!ukjent`) asks for a
 * type content never has, and the parser would drop it silently.
 */
function nodePropertyProblem(
  doc: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  firstLine: number,
): ReadProblem | undefined {
  let found: ReadProblem | undefined;
  const at = (offset: number | undefined) =>
    offset === undefined ? undefined : lines.linePos(offset).line + firstLine - 1;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      const line = at(node.range?.[0]);
      found = {
        felt: '(hele filen)',
        linje: line,
        melding: `YAML-aliaset «*${node.source}»${line ? ` på linje ${line}` : ''} er ikke tillatt i innhold; skriv verdien ut der den skal stå`,
      };
      return visit.BREAK;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) return undefined;
    const line = at(node.range?.[0]);
    if (node.anchor) {
      found = {
        felt: '(hele filen)',
        linje: line,
        melding: `YAML-ankeret «&${node.anchor}»${line ? ` på linje ${line}` : ''} er ikke tillatt i innhold; skriv verdien ut der den skal stå, uten & og *`,
      };
      return visit.BREAK;
    }
    if (node.tag) {
      found = {
        felt: '(hele filen)',
        linje: line,
        melding: `YAML-merket «${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')}»${line ? ` på linje ${line}` : ''} er ikke tillatt i innhold; fjern merket (det som begynner med !) og skriv verdien som vanlig tekst eller tall`,
      };
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

/** `firstLine`: the file line the YAML text starts on (2 in frontmatter), so messages name file lines. */
export function parseYaml(
  text: string,
  firstLine = 1,
): { data?: unknown; error?: ReadProblem; notes: ReadProblem[] } {
  const plain = MAYBE_NODE_PROPERTY.test(text) ? undefined : parsePlainYaml(text);
  if (plain) return { data: plain.data, notes: controlCharacterProblems(plain.data) };
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const yamlLine = e.linePos?.[0]?.line;
    const line = yamlLine === undefined ? undefined : yamlLine + firstLine - 1;
    const detail = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return {
      error: {
        felt: '(hele filen)',
        linje: line,
        melding: `ugyldig YAML${line ? ` på linje ${line}` : ''} (parseren sier: ${detail})`,
      },
      notes: [],
    };
  }
  const property = nodePropertyProblem(doc, lines, firstLine);
  if (property) return { error: property, notes: [] };
  const data = doc.toJS();
  return { data, notes: [...writtenValueProblems(doc.contents, text), ...controlCharacterProblems(data)] };
}

/**
 * Characters that break what the site publishes: C0 and C1 control characters other than tab,
 * line feed and carriage return (a NUL makes feed.xml not well-formed, so readers drop the whole
 * feed), DEL, the non-characters U+FFFE and U+FFFF, lone surrogates (from a "\uD800" escape), and
 * the bidirectional overrides and isolates that make a name display reversed.
 */
const FORBIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What a forbidden character is and what to do, in Norwegian. */
export function forbiddenCharacterMessage(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const what =
    cp >= 0x202a && cp <= 0x2069
      ? `et usynlig retningstegn (${codePoint(ch)}) som snur hvordan teksten vises`
      : cp >= 0xd800 && cp <= 0xdfff
        ? `et halvt tegn (${codePoint(ch)}, et surrogat uten partner)`
        : `et usynlig kontrolltegn (${codePoint(ch)})`;
  return `teksten inneholder ${what}, som ikke kan publiseres; fjern det (bare tabulator og linjeskift er tillatt)`;
}

/** Every text and key in parsed data with a forbidden character, each naming its field. */
function controlCharacterProblems(data: unknown): ReadProblem[] {
  const problems: ReadProblem[] = [];
  const visitValue = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const m = FORBIDDEN_CHARACTER.exec(value);
      if (m) problems.push({ felt: fieldName(path), melding: forbiddenCharacterMessage(m[0]) });
    } else if (Array.isArray(value)) value.forEach((v, i) => visitValue(v, [...path, i]));
    else if (value !== null && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        const m = FORBIDDEN_CHARACTER.exec(key);
        const shown = key.replace(new RegExp(FORBIDDEN_CHARACTER.source, 'g'), (c) => `<${codePoint(c)}>`);
        if (m)
          problems.push({
            dekker: [fieldName([...path, key])],
            felt: fieldName([...path, shown]),
            melding: `feltnavnet: ${forbiddenCharacterMessage(m[0])}`,
          });
        else visitValue(inner, [...path, key]);
      }
  };
  visitValue(data, []);
  return problems;
}

/** The first forbidden character in a body, by the file line it is on. */
export function bodyCharacterProblem(body: string, bodyLine: number): ReadProblem | undefined {
  const m = FORBIDDEN_CHARACTER.exec(body);
  if (!m) return undefined;
  const line = bodyLine + body.slice(0, m.index).split('\n').length - 1;
  return { felt: '(brødtekst)', linje: line, melding: forbiddenCharacterMessage(m[0]) };
}
