/**
 * Skeletons for new content (`npm run ny`): a plan, a tiltak, an actor, a source. Each skeleton
 * is a file the validator understands: what the command can know is filled in, and every field
 * only the document can answer holds a «FYLL INN: …» marker that the validator reports by file
 * and field until an editor replaces it. Nothing here invents a figure: amounts and line numbers
 * are never carried over from another year.
 *
 * Pure: takes the loaded collections and returns files (path relative to the content folder, text).
 */
import { stringify } from 'yaml';
import { type Collections, FYLL_INN } from '../loading/index.ts';
import { nrForm } from '../plans/index.ts';
import { AKTOR_TYPE_IDS, RIMELIGE_AAR } from '../../schemas/vocabulary.ts';

export interface NewFile {
  /** Path relative to the content folder, e.g. `tiltak/x-2027/x-2027-d1-1.mdx`. */
  path: string;
  text: string;
}

/** A request the command cannot carry out; the message says what to do instead (Norwegian). */
export class ScaffoldError extends Error {}

function fill(hint: string): string {
  return `${FYLL_INN}: ${hint}`;
}

function mdx(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body.trim()}\n`;
}

function yamlFile(data: Record<string, unknown>): string {
  return stringify(data, { lineWidth: 0 });
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function requireId(kind: string, value: string | undefined): string {
  if (!value || !ID.test(value)) {
    throw new ScaffoldError(
      `${kind} må være en id med små bokstaver a–z, sifre og bindestrek (fikk «${value ?? ''}»), for eksempel «indre-namdal».`,
    );
  }
  return value;
}

function findOrThrow<T extends { id: string }>(
  list: readonly T[],
  id: string,
  what: string,
  hint: string,
): T {
  const hit = list.find((e) => e.id === id);
  if (!hit) throw new ScaffoldError(`fant ikke ${what} «${id}». ${hint}`);
  return hit;
}

function parseYear(value: string | number | undefined, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < RIMELIGE_AAR.fra || n > RIMELIGE_AAR.til) {
    throw new ScaffoldError(
      `${what} må være et årstall mellom ${RIMELIGE_AAR.fra} og ${RIMELIGE_AAR.til} (fikk «${value ?? ''}»).`,
    );
  }
  return n;
}

const SUMMARY_HINT = fill(
  'skriv et kort sammendrag med egne ord (ikke kopier setninger fra dokumentet). Slett denne linjen.',
);

/** The fields every new tiltak starts with; the document answers the rest. */
function tiltakData(plan: string, delmal: string | null, nr: string, dokument: string, tema: string[]) {
  return {
    plan,
    delmal,
    nr,
    tittel: fill('tittelen nøyaktig slik planen skriver den'),
    andreTitler: [],
    status: 'ikke-oppgitt',
    statusTekst: fill('statusen slik planen skriver den, eller null hvis planen ikke oppgir noen'),
    hovedansvarlige: [],
    hovedansvarligTekst: fill('«Hovedansvarlig» slik planen skriver det, eller null'),
    samarbeidsparter: [],
    samarbeidsparterTekst: fill('«Samarbeidsparter» slik planen skriver det, eller null'),
    tidsramme: fill('tidsrammen slik planen skriver den, eller null'),
    finansiering: [],
    tema,
    kilde: { dokument, linjer: fill('første og siste linje i kildeteksten, som [120, 160]') },
  };
}

export interface PlanOptions {
  /** Carry over the delmål order and tiltak of this year's plan. */
  fra?: number | string;
  /** The source document (id in `kilder`); defaults to `hp-<år>-<pilot>`. */
  dokument?: string;
}

/** `ny plan <pilot> <år>`: the plan, and with `fra` a tiltak skeleton per tiltak of that year's plan. */
export function newPlan(
  c: Collections,
  pilotArg: string,
  yearArg: string | number,
  opts: PlanOptions = {},
): NewFile[] {
  const pilot = requireId('Piloten', pilotArg);
  findOrThrow(
    c.piloter,
    pilot,
    'piloten',
    `Pilotene som finnes: ${c.piloter.map((p) => p.id).join(', ')}. Skriv id-en slik den står i content/piloter/.`,
  );
  const aar = parseYear(yearArg, 'Året');
  const planId = `${pilot}-${aar}`;
  if (c.handlingsplaner.some((p) => p.id === planId)) {
    throw new ScaffoldError(
      `handlingsplanen «${planId}» finnes allerede (content/handlingsplaner/${planId}.mdx).`,
    );
  }
  const dokument = requireId('Dokumentet', opts.dokument ?? `hp-${aar}-${pilot}`);
  findOrThrow(
    c.kilder,
    dokument,
    'kilden',
    `Legg inn dokumentet og lag kilden først: npm run kilde -- <plan.pdf>, så npm run ny -- kilde ${dokument} --pdf kilder-filer/<plan.pdf> (eller last opp PDF-en under «Kilder» i redigeringsverktøyet)`,
  );

  let delmalRekkefolge: string[] = [];
  const tiltakFiles: NewFile[] = [];
  if (opts.fra !== undefined) {
    const fra = parseYear(opts.fra, 'Året det skal kopieres fra (--fra)');
    const prevId = `${pilot}-${fra}`;
    const prev = findOrThrow(
      c.handlingsplaner,
      prevId,
      'handlingsplanen',
      `Det finnes ingen plan for ${fra} å ta med delmål og tiltak fra. Planene for piloten: ${
        c.handlingsplaner
          .filter((p) => p.data.pilot === pilot)
          .map((p) => p.id)
          .join(', ') || 'ingen'
      }.`,
    );
    delmalRekkefolge = [...prev.data.delmalRekkefolge];
    for (const t of c.tiltak.filter((t) => t.data.plan === prevId)) {
      const id = planId + t.id.slice(prevId.length);
      // Fields this code does not know (added to the schema later) carry over as they were.
      const data: Record<string, unknown> = {
        ...structuredClone(t.data),
        ...tiltakData(planId, t.data.delmal, t.data.nr, dokument, [...t.data.tema]),
        // A starting point from last year; the marker makes sure someone checks it against the new plan.
        tittel: fill(`tittelen slik den nye planen skriver den (i ${fra}: «${t.data.tittel}»)`),
        hovedansvarlige: [...t.data.hovedansvarlige],
        samarbeidsparter: [...t.data.samarbeidsparter],
      };
      // Citations and exceptions point into last year's document; so does the overview number.
      // A cited field goes with its citation (kommuner with kommunerKilde), unless we set it above.
      const ours = new Set(['tittel', ...Object.keys(tiltakData(planId, null, '', dokument, []))]);
      delete data.nrOversikt;
      for (const key of Object.keys(data)) {
        const cited = /^(.+)(Kilde|Unntak)$/.exec(key);
        if (!cited) continue;
        delete data[key];
        if (!ours.has(cited[1])) delete data[cited[1]];
      }
      tiltakFiles.push({ path: `tiltak/${planId}/${id}.mdx`, text: mdx(data, SUMMARY_HINT) });
    }
  }

  const plan = {
    pilot,
    aar,
    tittel: fill('planens tittel nøyaktig slik forsiden skriver den'),
    dokument,
    versjonslogg: [],
    vedtak: [],
    godkjennere: [],
    delmalRekkefolge,
    endringerFraForrige: [],
    oppgitteTabeller: [],
    oppgitteBelop: [],
    // The whole document; tiltak are added to this plan before anyone knows its exact lines.
    kilde: { dokument },
  };
  return [{ path: `handlingsplaner/${planId}.mdx`, text: mdx(plan, SUMMARY_HINT) }, ...tiltakFiles];
}

/** `ny tiltak <plan> <delmål-nr | t>`: the next free number under that delmål (or cross-cutting). */
export function newTiltak(
  c: Collections,
  planArg: string,
  delmalArg: string,
  /** Ids of tiltak files that exist but do not validate yet (skeletons), so numbers are not reused. */
  moreTakenIds: readonly string[] = [],
): NewFile[] {
  const planId = requireId('Planen', planArg);
  const plan = findOrThrow(
    c.handlingsplaner,
    planId,
    'handlingsplanen',
    `Lag planen først med npm run ny -- plan <pilot> <år>. Planene som finnes: ${c.handlingsplaner.map((p) => p.id).join(', ')}.`,
  );
  const tverrgaende = /^t$/i.test(delmalArg);
  const nrDelmal = Number(delmalArg);
  if (!tverrgaende && (!Number.isInteger(nrDelmal) || nrDelmal < 1)) {
    throw new ScaffoldError(
      `delmålet må være et nummer (som 3) eller t for et tverrgående tiltak (fikk «${delmalArg}»).`,
    );
  }
  const delmalId = tverrgaende ? null : `${plan.data.pilot}-d${nrDelmal}`;
  const delmal = delmalId
    ? findOrThrow(
        c.delmal,
        delmalId,
        'delmålet',
        `Delmålene til piloten: ${c.delmal
          .filter((d) => d.data.pilot === plan.data.pilot)
          .map((d) => d.data.nr)
          .join(', ')}.`,
      )
    : null;
  const prefix = tverrgaende ? `${planId}-t` : `${planId}-d${nrDelmal}-`;
  const taken = new Set(
    [...c.tiltak.map((t) => t.id), ...moreTakenIds]
      .filter((id) => id.startsWith(prefix))
      .map((id) => id.slice(prefix.length)),
  );
  // Numbers the plan already prints under this delmål, in one form («3.7» and «7» alike).
  const printed = new Set(
    c.tiltak
      .filter((t) => t.data.plan === planId && t.data.delmal === delmalId)
      .map((t) => nrForm(t.data.nr, tverrgaende ? null : nrDelmal)),
  );
  let n = 1;
  while (taken.has(String(n)) || printed.has(String(n))) n++;
  const id = `${prefix}${n}`;
  const nr = tverrgaende ? `T${n}` : withDelmal(c, plan.data.pilot, planId) ? `${nrDelmal}.${n}` : String(n);
  const data = tiltakData(planId, delmalId, nr, plan.data.dokument, delmal ? [...delmal.data.tema] : []);
  return [{ path: `tiltak/${planId}/${id}.mdx`, text: mdx(data, SUMMARY_HINT) }];
}

/**
 * Whether the pilot prints a tiltak's number with its delmål («3.2», as Rindal og Holtålen) or
 * within it («2», as Indre Namdal): as most numbered tiltak of this plan do, or, for a new plan,
 * of the pilot's latest plan that has any.
 */
function withDelmal(c: Collections, pilot: string, planId: string): boolean {
  const plans = c.handlingsplaner
    .filter((p) => p.data.pilot === pilot)
    .sort((a, b) => Number(b.id === planId) - Number(a.id === planId) || b.data.aar - a.data.aar);
  for (const p of plans) {
    const nrs = c.tiltak.filter((t) => t.data.plan === p.id && t.data.delmal !== null).map((t) => t.data.nr);
    if (nrs.length > 0) return nrs.filter((nr) => /^\d+\.\d+$/.test(nr.trim())).length * 2 > nrs.length;
  }
  return false;
}

/** `ny aktor <id> [--navn …] [--type …]`. */
export function newAktor(
  c: Collections,
  idArg: string,
  opts: { navn?: string; type?: string } = {},
): NewFile[] {
  const id = requireId('Aktøren', idArg);
  if (c.aktorer.some((a) => a.id === id)) throw new ScaffoldError(`aktøren «${id}» finnes allerede.`);
  if (opts.type !== undefined && !(AKTOR_TYPE_IDS as readonly string[]).includes(opts.type)) {
    throw new ScaffoldError(`ukjent aktørtype «${opts.type}»; velg en av: ${AKTOR_TYPE_IDS.join(', ')}.`);
  }
  const data = {
    navn: opts.navn ?? fill('navnet på organisasjonen'),
    type: opts.type ?? fill(`en av ${AKTOR_TYPE_IDS.join(', ')}`),
    aliaser: [],
  };
  return [{ path: `aktorer/${id}.yaml`, text: yamlFile(data) }];
}

/**
 * `ny kilde <id> --pdf kilder-filer/<fil>.pdf` (a PDF in content/kilder-filer/, see `npm run kilde`)
 * or `--seed <fil>` (a text in shared/seeds).
 */
export function newKilde(
  c: Collections,
  idArg: string,
  opts: { seed?: string; pdf?: string; tittel?: string; utgiver?: string } = {},
): NewFile[] {
  const id = requireId('Kilden', idArg);
  if (c.kilder.some((k) => k.id === id)) throw new ScaffoldError(`kilden «${id}» finnes allerede.`);
  const data = {
    tittel: opts.tittel ?? fill('dokumentets tittel slik det selv skriver den'),
    utgiver: opts.utgiver ?? fill('hvem som har gitt ut dokumentet'),
    dato: null,
    ...(opts.pdf !== undefined && opts.seed === undefined
      ? { pdf: opts.pdf }
      : { seed: opts.seed ?? fill('filnavnet til teksten i shared/seeds, som 005_0123456789abcdef.txt') }),
    beskrivelse: fill('hva slags dokument dette er og hvordan teksten er hentet ut, med egne ord'),
    brukt: fill('hva nettstedet henter fra dokumentet, med egne ord'),
  };
  return [{ path: `kilder/${id}.yaml`, text: yamlFile(data) }];
}

export { FYLL_INN };
