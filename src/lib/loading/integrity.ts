/**
 * Integrity across collections, which no single schema can see: references that resolve,
 * unique ids and numbers, delmål of the right pilot, dates that can be real. Astro only logs a
 * dangling reference and exits 0, so the build runs these first and stops on any problem.
 * Pure: takes parsed collections, returns every problem found (not only the first).
 */
import type { CollectionName } from '../../schemas/index.ts';
import { suggestedId } from './contentFiles.ts';
import { menteDu } from './hint.ts';
import type { Collections, FailedEntry } from './loadContent.ts';
import type { Problem } from './problem.ts';
import { checkLaeringIntegrity } from './integrityLaering.ts';
import { feltFor, kildeSteder } from './sourceRefs.ts';

const NAVN: Record<CollectionName, string> = {
  piloter: 'pilot',
  delmal: 'delmål',
  handlingsplaner: 'handlingsplan',
  tiltak: 'tiltak',
  kommuner: 'kommune',
  aktorer: 'aktør',
  tema: 'tema',
  kilder: 'kilde',
  sider: 'side',
  initiativer: 'satsing',
  laering: 'lærdom',
  kapasitetsdiamant: 'kapasitetsdiamant',
};

export interface IntegrityOptions {
  /** Number of lines in each source document that has a file, by `kilder` id, to check line ranges. */
  documentLineCounts?: ReadonlyMap<string, number>;
  /**
   * Entries that failed their schema. Their ids count as existing (one mistake is reported once,
   * not again as «finnes ikke» in every file that points at it), and their references are still
   * checked, on the raw data, field by field.
   */
  failed?: readonly FailedEntry[];
}

/**
 * Every field that points at another entry, per collection, as a path with `[]` for «each
 * element». One table for valid and failed entries alike. A `dokument` anywhere points at
 * `kilder` and is handled separately.
 */
export const REFERANSER: Partial<Record<CollectionName, readonly (readonly [string, CollectionName])[]>> = {
  piloter: [
    ['kommuner[]', 'kommuner'],
    ['avtale.parter[]', 'aktorer'],
    ['avtale.saerligeRoller[].aktor', 'aktorer'],
  ],
  kommuner: [['pilot', 'piloter']],
  delmal: [
    ['pilot', 'piloter'],
    ['tema[]', 'tema'],
    ['samarbeidsparter[]', 'aktorer'],
    ['kanInviteres[]', 'aktorer'],
  ],
  handlingsplaner: [
    ['pilot', 'piloter'],
    ['delmalRekkefolge[]', 'delmal'],
    ['vedtak[].aktor', 'aktorer'],
    ['godkjennere[].aktor', 'aktorer'],
    ['endringerFraForrige[].videreI[]', 'tiltak'],
    ['oppgitteTabeller[].rader[].tiltak', 'tiltak'],
  ],
  tiltak: [
    ['plan', 'handlingsplaner'],
    ['delmal', 'delmal'],
    ['hovedansvarlige[]', 'aktorer'],
    ['samarbeidsparter[]', 'aktorer'],
    ['tema[]', 'tema'],
    ['finansiering[].giver', 'aktorer'],
    ['kommuner[]', 'kommuner'],
  ],
};

/** The values at a REFERANSER path, with the field name of each (`finansiering[2].giver`). */
function valuesAt(data: unknown, path: string): [string, unknown][] {
  let found: [string, unknown][] = [['', data]];
  for (const part of path.split('.')) {
    const many = part.endsWith('[]');
    const key = many ? part.slice(0, -2) : part;
    const next: [string, unknown][] = [];
    for (const [felt, v] of found) {
      if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
      const child = (v as Record<string, unknown>)[key];
      const name = felt ? `${felt}.${key}` : key;
      if (!many) next.push([name, child]);
      else if (Array.isArray(child)) child.forEach((c, i) => next.push([`${name}[${i}]`, c]));
    }
    found = next;
  }
  return found;
}

export function checkIntegrity(c: Collections, options: IntegrityOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const ids = {} as Record<CollectionName, Set<string>>;

  const failed = options.failed ?? [];
  /** Second copies of an id: reported once as a duplicate, not again for the number they repeat. */
  const duplicates = new Set<string>();
  for (const name of Object.keys(c) as CollectionName[]) {
    // Ids are URLs, and file systems and people may not tell «D1» from «d1»: unique regardless of case.
    const seen = new Map<string, string>();
    const all = [...c[name], ...failed.filter((f) => f.collection === name)];
    for (const e of all) {
      // A file whose name already broke the id rule has been reported once, for its name.
      if ('reported' in e && e.reported.has('(filnavn)')) continue;
      const first = seen.get(e.id.toLowerCase());
      if (first) {
        duplicates.add(e.file);
        problems.push({
          file: e.file,
          felt: '(id)',
          melding: `id «${e.id}» er brukt to ganger i ${name} (store og små bokstaver regnes som like); den finnes også i ${first}. Forventet unike filnavn.`,
        });
      } else seen.set(e.id.toLowerCase(), e.file);
    }
    ids[name] = new Set(all.map((e) => e.id));
    // A file named against the id rule stands for the id it was meant to have: «røyrvik.yaml» is
    // reported once, for its name, not again in every file that points at «royrvik».
    for (const e of all) if ('reported' in e && e.reported.has('(filnavn)')) ids[name].add(suggestedId(e.id));
  }

  const reportedOn = new Map(failed.map((f) => [f.file, f.reported]));
  function ref(e: { file: string }, felt: string, target: CollectionName, value: unknown) {
    if (value == null || typeof value !== 'string' || ids[target].has(value)) return;
    // A field the schema already refused is not reported again.
    if (reportedOn.get(e.file)?.has(felt)) return;
    problems.push({
      file: e.file,
      felt,
      melding: `viser til ${NAVN[target]} «${value}» som ikke finnes (forventet en id fra content/${target}/)${menteDu(value, ids[target])}`,
    });
  }

  function refs(e: { file: string }, felt: string, target: CollectionName, values: readonly unknown[]) {
    values.forEach((v, i) => ref(e, `${felt}[${i}]`, target, v));
  }
  void refs;

  const everyEntry = [
    ...(Object.keys(c) as CollectionName[]).flatMap((name) =>
      c[name].map((e) => ({ collection: name, file: e.file, data: e.data as unknown })),
    ),
    ...failed.filter((f) => f.data !== undefined),
  ];
  const planDokument = new Map<string, string>();
  for (const e of everyEntry) {
    const d = e.data as { dokument?: unknown } | undefined;
    if (e.collection === 'handlingsplaner' && typeof d?.dokument === 'string')
      planDokument.set(entryId(e.file), d.dokument);
  }

  for (const e of everyEntry) {
    for (const [path, target] of REFERANSER[e.collection] ?? []) {
      for (const [felt, value] of valuesAt(e.data, path)) ref(e, felt, target, value);
    }
    // Source citations everywhere: the document must exist and every cited line must lie inside it.
    const data = e.data as { plan?: unknown };
    const planDok = typeof data.plan === 'string' ? (planDokument.get(data.plan) ?? null) : null;
    for (const sted of kildeSteder(e.data, planDok)) {
      ref(e, feltFor(sted, 'dokument'), 'kilder', sted.dokument);
      const v = sted.linjer;
      if (!Array.isArray(v) || v.length !== 2 || typeof v[1] !== 'number' || !sted.linjerI) continue;
      const felt = feltFor(sted, 'linjer');
      const lines = options.documentLineCounts?.get(sted.linjerI);
      if (lines !== undefined && v[1] > lines && !reportedOn.get(e.file)?.has(felt)) {
        problems.push({
          file: e.file,
          felt,
          melding: `linje ${v[1]} finnes ikke; dokumentet «${sted.linjerI}» har ${lines} linjer`,
        });
      }
    }
  }

  const pilotById = new Map(c.piloter.map((p) => [p.id, p]));
  const delmalById = new Map(c.delmal.map((d) => [d.id, d]));
  const planById = new Map(c.handlingsplaner.map((p) => [p.id, p]));

  for (const p of c.piloter) {
    const { periodeFra, periodeTil, signert } = p.data.avtale;
    if (periodeFra !== null && periodeTil !== null && periodeFra > periodeTil) {
      problems.push({
        file: p.file,
        felt: 'avtale.periodeTil',
        melding: `avtaleperioden slutter (${periodeTil}) før den begynner (${periodeFra})`,
      });
    }
    if (signert && signert.slice(0, 7) < p.data.valgt.slice(0, 7)) {
      problems.push({
        file: p.file,
        felt: 'avtale.signert',
        melding: `avtalen kan ikke være signert (${signert}) før piloten ble valgt ut (${p.data.valgt})`,
      });
    }
  }

  // A pilot's kommuner are the kommuner that name it. An older pilot file may still list them; such a
  // list must then say the same, so a reader of the file is never told something the site does not show.
  for (const k of c.kommuner) {
    const liste = pilotById.get(k.data.pilot)?.data.kommuner;
    if (liste && !liste.includes(k.id)) {
      problems.push({
        file: k.file,
        felt: 'pilot',
        melding: `piloten «${k.data.pilot}» lister kommunene sine selv, men ikke «${k.id}»: legg den til i pilotens «kommuner», eller ta bort den listen`,
      });
    }
  }
  for (const p of c.piloter) {
    for (const kid of p.data.kommuner ?? []) {
      const k = c.kommuner.find((x) => x.id === kid);
      if (k && k.data.pilot !== p.id) {
        problems.push({
          file: p.file,
          felt: 'kommuner',
          melding: `kommunen «${kid}» sier at den hører til piloten «${k.data.pilot}»`,
        });
      }
    }
  }

  const delmalKey = new Map<string, string>();
  for (const d of c.delmal) {
    const key = `${d.data.pilot}#${d.data.nr}`;
    const other = delmalKey.get(key);
    if (duplicates.has(d.file)) continue;
    if (other)
      problems.push({
        file: d.file,
        felt: 'nr',
        melding: `piloten «${d.data.pilot}» har allerede delmål nr. ${d.data.nr} (${other})`,
      });
    else delmalKey.set(key, d.file);
  }

  const planKey = new Map<string, string>();
  for (const h of c.handlingsplaner) {
    const d = h.data;
    const key = `${d.pilot}#${d.aar}`;
    const other = planKey.get(key);
    if (duplicates.has(h.file)) continue;
    if (other)
      problems.push({
        file: h.file,
        felt: 'aar',
        melding: `piloten «${d.pilot}» har allerede en handlingsplan for ${d.aar} (${other})`,
      });
    else planKey.set(key, h.file);

    const pilot = pilotById.get(d.pilot);
    if (pilot) {
      const valgtAar = Number(pilot.data.valgt.slice(0, 4));
      if (d.aar < valgtAar) {
        problems.push({
          file: h.file,
          felt: 'aar',
          melding: `en handlingsplan for ${d.aar} kan ikke finnes før piloten ble valgt ut (${pilot.data.valgt})`,
        });
      }
      d.vedtak.forEach((v, i) => {
        if (v.dato && v.dato.slice(0, 7) < pilot.data.valgt.slice(0, 7)) {
          problems.push({
            file: h.file,
            felt: `vedtak[${i}].dato`,
            melding: `planen kan ikke være behandlet (${v.dato}) før piloten ble valgt ut og avtalen foreslått (${pilot.data.valgt})`,
          });
        }
      });
      const delmalNrs = new Set(c.delmal.filter((x) => x.data.pilot === d.pilot).map((x) => x.data.nr));
      // A delmål of this pilot that failed its schema may be the one a row names: it is reported
      // once, for itself, and the rows are not checked against an incomplete list.
      const delmalFailed = failed.some((f) => {
        if (f.collection !== 'delmal') return false;
        const pilot = (f.data as { pilot?: unknown } | undefined)?.pilot;
        return pilot === d.pilot || typeof pilot !== 'string';
      });
      d.oppgitteTabeller.forEach((t, ti) => {
        const kolonner = new Set(t.kolonner.map((k) => k.id));
        const rows = [
          ...t.rader.map((r, ri) => [`oppgitteTabeller[${ti}].rader[${ri}]`, r] as const),
          ...t.delsummer.map((r, ri) => [`oppgitteTabeller[${ti}].delsummer[${ri}]`, r] as const),
          ...(t.sum ? [[`oppgitteTabeller[${ti}].sum`, t.sum] as const] : []),
        ];
        for (const [felt, r] of rows) {
          for (const key of Object.keys(r.verdier)) {
            if (!kolonner.has(key))
              problems.push({
                file: h.file,
                felt: `${felt}.verdier.${key}`,
                melding: `kolonnen «${key}» finnes ikke i tabellen «${t.id}» (forventet en av: ${[...kolonner].join(', ')})`,
              });
          }
          if (
            'delmal' in r &&
            r.delmal != null &&
            delmalNrs.size > 0 &&
            !delmalFailed &&
            !delmalNrs.has(r.delmal)
          ) {
            problems.push({
              file: h.file,
              felt: `${felt}.delmal`,
              melding: `piloten «${d.pilot}» har ikke delmål nr. ${r.delmal}`,
            });
          }
        }
      });
    }
  }

  const tiltakKey = new Map<string, string>();
  for (const t of c.tiltak) {
    const d = t.data;
    const plan = planById.get(d.plan);
    if (d.kommuner) {
      if (!d.kommunerKilde)
        problems.push({
          file: t.file,
          felt: 'kommunerKilde',
          melding:
            'kommunerKilde mangler: oppgi dokument og linjer der planen knytter tiltaket til kommunene',
        });
      const pilot = plan ? pilotById.get(plan.data.pilot) : undefined;
      const pilotensKommuner = c.kommuner.filter((k) => k.data.pilot === pilot?.id).map((k) => k.id);
      d.kommuner.forEach((k, i) => {
        if (pilot && ids.kommuner.has(k) && !pilotensKommuner.includes(k))
          problems.push({
            file: t.file,
            felt: `kommuner[${i}]`,
            melding: `kommunen «${k}» er ikke med i piloten «${pilot.id}» (forventet en av: ${pilotensKommuner.join(', ')})`,
          });
      });
    } else if (d.kommunerKilde)
      problems.push({
        file: t.file,
        felt: 'kommuner',
        melding:
          'kommunerKilde er oppgitt uten kommuner: list kommunene tiltaket gjelder, eller ta bort kommunerKilde',
      });
    const delmal = d.delmal ? delmalById.get(d.delmal) : undefined;
    if (plan && delmal && plan.data.pilot !== delmal.data.pilot) {
      problems.push({
        file: t.file,
        felt: 'delmal',
        melding: `delmålet «${d.delmal}» hører til piloten «${delmal.data.pilot}», men planen «${d.plan}» hører til «${plan.data.pilot}»`,
      });
    }
    const key = `${d.plan}#${d.delmal ?? 'tverrgaende'}#${d.nr}`;
    const other = tiltakKey.get(key);
    if (duplicates.has(t.file)) continue;
    if (other)
      problems.push({
        file: t.file,
        felt: 'nr',
        melding: `tiltak nr. «${d.nr}» finnes allerede under samme delmål i planen «${d.plan}» (${other})`,
      });
    else tiltakKey.set(key, t.file);
    if (plan) {
      d.finansiering.forEach((f, i) => {
        if (f.aar !== null && f.aar < plan.data.aar - 2) {
          problems.push({
            file: t.file,
            felt: `finansiering[${i}].aar`,
            melding: `året ${f.aar} ligger langt før planåret ${plan.data.aar}`,
          });
        }
      });
    }
  }

  problems.push(...checkLaeringIntegrity(c, ids));
  return problems;
}

function entryId(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}
