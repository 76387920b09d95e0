/**
 * Integrity across collections, which no single schema can see: references that resolve,
 * unique ids and numbers, delmål of the right pilot, dates that can be real. Astro only logs a
 * dangling reference and exits 0, so the build runs these first and stops on any problem.
 * Pure: takes parsed collections, returns every problem found (not only the first).
 */
import type { KildeRef } from '../schemas/common.ts';
import type { CollectionName } from '../schemas/index.ts';
import type { Collections, Entry } from './loadContent.ts';
import type { Problem } from './problem.ts';
import { checkLaeringIntegrity } from './integrityLaering.ts';

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
}

/** Every `{ dokument, linjer }` inside a value, with the path to it. */
function* kildeRefs(value: unknown, path: string): Generator<[string, KildeRef]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* kildeRefs(value[i], `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (
      typeof obj.dokument === 'string' &&
      ('linjer' in obj || 'url' in obj || Object.keys(obj).length === 1)
    ) {
      yield [path, obj as KildeRef];
      return;
    }
    for (const [k, v] of Object.entries(obj)) yield* kildeRefs(v, path ? `${path}.${k}` : k);
  }
}

export function checkIntegrity(c: Collections, options: IntegrityOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const ids = {} as Record<CollectionName, Set<string>>;

  for (const name of Object.keys(c) as CollectionName[]) {
    const seen = new Map<string, string>();
    for (const e of c[name]) {
      const first = seen.get(e.id);
      if (first) {
        problems.push({
          file: e.file,
          felt: '(id)',
          melding: `id «${e.id}» er brukt to ganger i ${name}; den finnes også i ${first}. Forventet unike filnavn.`,
        });
      } else seen.set(e.id, e.file);
    }
    ids[name] = new Set(seen.keys());
  }

  function ref(e: Entry<unknown>, felt: string, target: CollectionName, value: string | null | undefined) {
    if (value == null || ids[target].has(value)) return;
    problems.push({
      file: e.file,
      felt,
      melding: `viser til ${NAVN[target]} «${value}» som ikke finnes (forventet en id fra content/${target}/)`,
    });
  }
  function refs(e: Entry<unknown>, felt: string, target: CollectionName, values: readonly string[]) {
    values.forEach((v, i) => ref(e, `${felt}[${i}]`, target, v));
  }

  // Source citations everywhere: the document must exist and the lines must lie inside it.
  for (const name of Object.keys(c) as CollectionName[]) {
    for (const e of c[name]) {
      for (const [path, k] of kildeRefs(e.data, '')) {
        if (!k.dokument) continue;
        ref(e, `${path}.dokument`, 'kilder', k.dokument);
        const lines = options.documentLineCounts?.get(k.dokument);
        if (lines !== undefined && k.linjer && k.linjer[1] > lines) {
          problems.push({
            file: e.file,
            felt: `${path}.linjer`,
            melding: `linje ${k.linjer[1]} finnes ikke; dokumentet «${k.dokument}» har ${lines} linjer`,
          });
        }
      }
    }
  }

  const pilotById = new Map(c.piloter.map((p) => [p.id, p]));
  const delmalById = new Map(c.delmal.map((d) => [d.id, d]));
  const planById = new Map(c.handlingsplaner.map((p) => [p.id, p]));

  for (const p of c.piloter) {
    refs(p, 'kommuner', 'kommuner', p.data.kommuner);
    refs(p, 'avtale.parter', 'aktorer', p.data.avtale.parter);
    p.data.avtale.saerligeRoller.forEach((r, i) =>
      ref(p, `avtale.saerligeRoller[${i}].aktor`, 'aktorer', r.aktor),
    );
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

  for (const k of c.kommuner) {
    ref(k, 'pilot', 'piloter', k.data.pilot);
    const pilot = pilotById.get(k.data.pilot);
    if (pilot && !pilot.data.kommuner.includes(k.id)) {
      problems.push({
        file: k.file,
        felt: 'pilot',
        melding: `piloten «${k.data.pilot}» lister ikke kommunen «${k.id}» i sine kommuner`,
      });
    }
  }
  for (const p of c.piloter) {
    for (const kid of p.data.kommuner) {
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
    ref(d, 'pilot', 'piloter', d.data.pilot);
    refs(d, 'tema', 'tema', d.data.tema);
    refs(d, 'samarbeidsparter', 'aktorer', d.data.samarbeidsparter);
    refs(d, 'kanInviteres', 'aktorer', d.data.kanInviteres);
    const key = `${d.data.pilot}#${d.data.nr}`;
    const other = delmalKey.get(key);
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
    ref(h, 'pilot', 'piloter', d.pilot);
    ref(h, 'dokument', 'kilder', d.dokument);
    refs(h, 'delmalRekkefolge', 'delmal', d.delmalRekkefolge);
    d.vedtak.forEach((v, i) => ref(h, `vedtak[${i}].aktor`, 'aktorer', v.aktor));
    d.godkjennere.forEach((g, i) => ref(h, `godkjennere[${i}].aktor`, 'aktorer', g.aktor));
    d.endringerFraForrige.forEach((e, i) =>
      refs(h, `endringerFraForrige[${i}].videreI`, 'tiltak', e.videreI),
    );
    const key = `${d.pilot}#${d.aar}`;
    const other = planKey.get(key);
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
          if ('delmal' in r && r.delmal != null && delmalNrs.size > 0 && !delmalNrs.has(r.delmal)) {
            problems.push({
              file: h.file,
              felt: `${felt}.delmal`,
              melding: `piloten «${d.pilot}» har ikke delmål nr. ${r.delmal}`,
            });
          }
          if ('tiltak' in r && r.tiltak) ref(h, `${felt}.tiltak`, 'tiltak', r.tiltak);
        }
      });
    }
  }

  const tiltakKey = new Map<string, string>();
  for (const t of c.tiltak) {
    const d = t.data;
    ref(t, 'plan', 'handlingsplaner', d.plan);
    ref(t, 'delmal', 'delmal', d.delmal);
    refs(t, 'hovedansvarlige', 'aktorer', d.hovedansvarlige);
    refs(t, 'samarbeidsparter', 'aktorer', d.samarbeidsparter);
    refs(t, 'tema', 'tema', d.tema);
    d.finansiering.forEach((f, i) => ref(t, `finansiering[${i}].giver`, 'aktorer', f.giver));
    const plan = planById.get(d.plan);
    if (d.kommuner) {
      refs(t, 'kommuner', 'kommuner', d.kommuner);
      if (!d.kommunerKilde)
        problems.push({
          file: t.file,
          felt: 'kommunerKilde',
          melding:
            'kommunerKilde mangler: oppgi dokument og linjer der planen knytter tiltaket til kommunene',
        });
      const pilot = plan ? pilotById.get(plan.data.pilot) : undefined;
      d.kommuner.forEach((k, i) => {
        if (pilot && ids.kommuner.has(k) && !pilot.data.kommuner.includes(k))
          problems.push({
            file: t.file,
            felt: `kommuner[${i}]`,
            melding: `kommunen «${k}» er ikke med i piloten «${pilot.id}» (forventet en av: ${pilot.data.kommuner.join(', ')})`,
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

  problems.push(...checkLaeringIntegrity(c));
  return problems;
}
