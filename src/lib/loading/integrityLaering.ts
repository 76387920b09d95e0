/**
 * References of the learning collections (initiativer, laering, kapasitetsdiamant), checked like
 * the rest of the content by src/lib/loading/integrity.ts. Kept apart so the pilot checks stay readable.
 *
 * One rule guards the line between initiatives and pilots: a kommune named in an initiative that
 * also exists in `kommuner` must be linked by id, and a plain name is never a pilot kommune. Plain
 * names are what keeps the I LAG kommuner out of pilot totals and kommune lists.
 */
import type { Collections, Entry } from './loadContent.ts';
import type { Problem } from './problem.ts';

type Target = 'initiativer' | 'piloter' | 'kommuner' | 'aktorer' | 'tema' | 'tiltak';
const NAVN: Record<Target, string> = {
  initiativer: 'satsing',
  piloter: 'pilot',
  kommuner: 'kommune',
  aktorer: 'aktør',
  tema: 'tema',
  tiltak: 'tiltak',
};

/**
 * `known`: every id that exists, valid or not (integrity.ts passes its sets). An entry that failed
 * its schema is reported once, for itself, not again here as «finnes ikke».
 */
export function checkLaeringIntegrity(
  c: Collections,
  known: Partial<Record<Target, ReadonlySet<string>>> = {},
): Problem[] {
  const problems: Problem[] = [];
  const idsOf = (t: Target) => new Set([...c[t].map((e) => e.id), ...(known[t] ?? [])]);
  const ids: Record<Target, Set<string>> = {
    initiativer: idsOf('initiativer'),
    piloter: idsOf('piloter'),
    kommuner: idsOf('kommuner'),
    aktorer: idsOf('aktorer'),
    tema: idsOf('tema'),
    tiltak: idsOf('tiltak'),
  };
  const kommuneByName = new Map(c.kommuner.map((k) => [k.data.navn.toLocaleLowerCase('nb'), k]));
  const kommuneNames = new Map(
    c.initiativer.map((i) => [i.id, new Set(i.data.kommuner.map((k) => k.navn.toLocaleLowerCase('nb')))]),
  );

  function ref(e: Entry<unknown>, felt: string, target: Target, value: string | null | undefined) {
    if (value == null || ids[target].has(value)) return;
    problems.push({
      file: e.file,
      felt,
      melding: `viser til ${NAVN[target]} «${value}» som ikke finnes (forventet en id fra content/${target}/)`,
    });
  }
  const refs = (e: Entry<unknown>, felt: string, target: Target, values: readonly string[]) =>
    values.forEach((v, i) => ref(e, `${felt}[${i}]`, target, v));

  function inInitiative(e: Entry<unknown>, felt: string, initiativ: string, navn: string) {
    const names = kommuneNames.get(initiativ);
    if (names && !names.has(navn.toLocaleLowerCase('nb'))) {
      problems.push({
        file: e.file,
        felt,
        melding: `kommunen «${navn}» står ikke blant kommunene i satsingen «${initiativ}» (forventet et navn fra dens kommuner)`,
      });
    }
  }

  for (const i of c.initiativer) {
    const d = i.data;
    refs(i, 'eier.aktorer', 'aktorer', d.eier.aktorer);
    refs(i, 'piloter', 'piloter', d.piloter);
    refs(i, 'tema', 'tema', d.tema);
    ref(i, 'delAv', 'initiativer', d.delAv);
    if (d.delAv === i.id)
      problems.push({ file: i.file, felt: 'delAv', melding: 'en satsing kan ikke være en del av seg selv' });
    if (d.kommuner.length > 0 && !d.kommunerKilde)
      problems.push({
        file: i.file,
        felt: 'kommunerKilde',
        melding: 'kommunene må ha en kilde (forventet dokument og linjer der de er nevnt)',
      });
    d.kommuner.forEach((k, n) => {
      const felt = `kommuner[${n}]`;
      const sameName = kommuneByName.get(k.navn.toLocaleLowerCase('nb'));
      if (k.kommune === undefined) {
        if (sameName)
          problems.push({
            file: i.file,
            felt: `${felt}.kommune`,
            melding: `«${k.navn}» er en kommune i piloten «${sameName.data.pilot}»; forventet kommune: ${sameName.id}`,
          });
        return;
      }
      ref(i, `${felt}.kommune`, 'kommuner', k.kommune);
      const linked = c.kommuner.find((x) => x.id === k.kommune);
      if (linked && linked.data.navn.toLocaleLowerCase('nb') !== k.navn.toLocaleLowerCase('nb'))
        problems.push({
          file: i.file,
          felt: `${felt}.navn`,
          melding: `navnet «${k.navn}» passer ikke med kommunen «${k.kommune}» (${linked.data.navn})`,
        });
    });
  }

  for (const l of c.laering) {
    const d = l.data;
    ref(l, 'laertAv.initiativ', 'initiativer', d.laertAv.initiativ);
    ref(l, 'laertAv.pilot', 'piloter', d.laertAv.pilot);
    ref(l, 'laertAv.kommune', 'kommuner', d.laertAv.kommune);
    if (d.laertAv.kommuneNavn && d.laertAv.initiativ)
      inInitiative(l, 'laertAv.kommuneNavn', d.laertAv.initiativ, d.laertAv.kommuneNavn);
    ref(l, 'mottaker.initiativ', 'initiativer', d.mottaker?.initiativ);
    refs(l, 'tema', 'tema', d.tema);
    refs(l, 'tiltak', 'tiltak', d.tiltak);
    refs(l, 'initiativer', 'initiativer', d.initiativer);
  }

  const seen = new Map<string, string>();
  for (const k of c.kapasitetsdiamant) {
    const d = k.data;
    ref(k, 'initiativ', 'initiativer', d.initiativ);
    inInitiative(k, 'kommune', d.initiativ, d.kommune);
    const key = `${d.initiativ}#${d.kommune.toLocaleLowerCase('nb')}`;
    const other = seen.get(key);
    if (other)
      problems.push({
        file: k.file,
        felt: 'kommune',
        melding: `kommunen «${d.kommune}» har allerede en kapasitetsdiamant i satsingen «${d.initiativ}» (${other})`,
      });
    else seen.set(key, k.file);
    const runder = new Set<string>();
    d.runder.forEach((r, n) => {
      if (runder.has(r.runde))
        problems.push({
          file: k.file,
          felt: `runder[${n}].runde`,
          melding: `runden «${r.runde}» står to ganger (forventet én oppføring per runde)`,
        });
      runder.add(r.runde);
    });
  }
  return problems;
}
