/**
 * What the per-type record definitions (recordKinds.ts) look up, built once per set of records:
 * entries by id, names, a pilot's place, the tiltak of each plan, delmål and pilot, and what a
 * record standing for a group of tiltak is filed and summed under.
 */
import type { KildeRef } from '../../schemas/common.ts';
import type { Tiltak } from '../../schemas/tiltak.ts';
import type { Collections, Entry } from '../loading/index.ts';
import { isBygdevekstmidler, sumFunding, type AmountSum } from '../money/index.ts';
import { formatKilde } from '../format.ts';
import { kommuneIderForPilot } from '../model/index.ts';
import { slug } from '../slug.ts';
import { unique } from './recordText.ts';

export type Lookups = ReturnType<typeof recordLookups>;

export function recordLookups(c: Collections) {
  const byId = <T>(xs: Entry<T>[]) => new Map(xs.map((x) => [x.id, x]));
  const piloter = byId(c.piloter);
  const planer = byId(c.handlingsplaner);
  const delmal = byId(c.delmal);
  const kommuner = byId(c.kommuner);
  const aktorer = byId(c.aktorer);
  const tema = byId(c.tema);

  const pilotOfPlan = (planId: string) => planer.get(planId)?.data.pilot;
  const pilotName = (id: string) => piloter.get(id)?.data.navn ?? id;
  const pilotKommuner = (id: string) => kommuneIderForPilot(c, id);
  const pilotFylke = (id: string) => {
    const f = piloter.get(id)?.data.fylke;
    return f ? [slug(f)] : [];
  };
  const actorName = (id: string) => aktorer.get(id)?.data.navn ?? id;
  const temaName = (id: string) => tema.get(id)?.data.navn ?? id;
  const kommuneName = (id: string) => kommuner.get(id)?.data.navn ?? id;
  const dokumenter = new Map(c.kilder.map((k) => [k.id, k.data.tittel]));
  /** A citation as one readable string, as the data exports write it. */
  const kildeTekst = (ref: KildeRef) => formatKilde(ref, (id) => dokumenter.get(id));
  const bvmOf = (ts: Entry<Tiltak>[] | undefined) => sumFunding(ts ?? [], isBygdevekstmidler);

  const tiltakActors = (t: Tiltak) =>
    unique([
      ...t.hovedansvarlige,
      ...t.samarbeidsparter,
      ...t.finansiering.flatMap((l) => (l.giver ? [l.giver] : [])),
    ]);
  const tiltakByPlan = new Map<string, Entry<Tiltak>[]>();
  const tiltakByDelmal = new Map<string, Entry<Tiltak>[]>();
  const tiltakByPilot = new Map<string, Entry<Tiltak>[]>();
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const t of c.tiltak) {
    push(tiltakByPlan, t.data.plan, t);
    if (t.data.delmal) push(tiltakByDelmal, t.data.delmal, t);
    const p = pilotOfPlan(t.data.plan);
    if (p) push(tiltakByPilot, p, t);
  }
  const sumOf = (ts: Entry<Tiltak>[] | undefined): AmountSum => sumFunding(ts ?? []);
  const yearsOf = (ts: Entry<Tiltak>[] | undefined) =>
    unique(
      (ts ?? []).flatMap((t) => {
        const aar = planer.get(t.data.plan)?.data.aar;
        return aar ? [String(aar)] : [];
      }),
    ).sort();
  const temaOf = (ts: Entry<Tiltak>[] | undefined) => unique((ts ?? []).flatMap((t) => t.data.tema));
  const kilderOf = (ts: Entry<Tiltak>[] | undefined) =>
    unique((ts ?? []).flatMap((t) => t.data.finansiering.map((l) => l.kilde)));
  const actorsOf = (ts: Entry<Tiltak>[] | undefined) =>
    unique((ts ?? []).flatMap((t) => tiltakActors(t.data)));

  /**
   * What a record that stands for a group of one pilot's tiltak (a delmål, a plan, the pilot) is
   * filed and summed under: the pilot's place, and the themes, years, actors, funding sources and
   * amounts of its tiltak, plus what the record itself names (`own`; its actors are the record's
   * own actors). `own.planaar` replaces the tiltak's years (a plan has its own year).
   */
  const tiltakGroup = (
    pilot: string,
    ts: Entry<Tiltak>[] | undefined,
    own: { tema?: string[]; planaar?: string[]; aktor: string[] },
  ) => ({
    actorIds: own.aktor,
    fundingIds: kilderOf(ts),
    filters: {
      pilot: [pilot],
      fylke: pilotFylke(pilot),
      kommune: pilotKommuner(pilot),
      tema: unique([...(own.tema ?? []), ...temaOf(ts)]),
      planaar: own.planaar ?? yearsOf(ts),
      aktor: unique([...own.aktor, ...actorsOf(ts)]),
      finansieringskilde: kilderOf(ts),
    },
    budsjett: sumOf(ts),
    bygdevekstmidler: bvmOf(ts),
    budsjettHva: 'Tiltakene til sammen',
    pilots: [pilot],
  });
  const initiativNavn = (id: string) => c.initiativer.find((i) => i.id === id)?.data.navn ?? id;

  return {
    piloter,
    planer,
    delmal,
    kommuner,
    pilotOfPlan,
    pilotName,
    pilotKommuner,
    pilotFylke,
    actorName,
    temaName,
    kommuneName,
    kildeTekst,
    bvmOf,
    tiltakActors,
    tiltakByPlan,
    tiltakByDelmal,
    tiltakByPilot,
    yearsOf,
    tiltakGroup,
    initiativNavn,
  };
}
