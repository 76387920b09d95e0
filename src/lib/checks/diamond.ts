/**
 * The capacity diamond (kapasitetsdiamant): stated scores in a report about an initiative, checked
 * against the stated total of the same round. Findings about an initiative's kommune, not a plan.
 */
import { KAPASITET_DIMENSJONER } from '../../schemas/vocabulary.ts';
import { DIAMANT_MAKS } from '../../schemas/kapasitetsdiamant.ts';
import type { Collections } from '../loading/index.ts';
import { compareNb } from '../format.ts';
import { findingId, uniqueRefs, type Avvik } from './finding.ts';
import { RULE_ORDER, type DiamantRegelId } from './ruleTable.ts';

/** A finding about a stated figure in an initiative's document, e.g. a diamond total. */
export interface InitiativAvvik extends Omit<Avvik, 'regel' | 'pilot' | 'plan' | 'planAar' | 'delmal'> {
  regel: DiamantRegelId;
  /** Initiative id. */
  initiativ: string;
  /** The kommune's name (a plain name: initiative kommuner are not pilot kommuner). */
  kommune: string;
  /** The round as the source names it. */
  runde: string;
}

/**
 * Checks every stated diamond total against the stated dimension scores of the same round.
 * All five stated: their sum must equal the total. Some stated: the total must lie between
 * their sum and their sum plus the maximum the missing dimensions could give.
 */
export function findInitiativAvvik(c: Pick<Collections, 'kapasitetsdiamant'>): InitiativAvvik[] {
  const funn: InitiativAvvik[] = [];
  for (const d of c.kapasitetsdiamant) {
    for (const r of d.data.runder) {
      if (!r.sum || r.dimensjoner.length === 0) continue;
      const kjent = r.dimensjoner.reduce((s, x) => s + x.skar, 0);
      const mangler = KAPASITET_DIMENSJONER.length - r.dimensjoner.length;
      const felles = {
        initiativ: d.data.initiativ,
        kommune: d.data.kommune,
        runde: r.runde,
        enhet: 'poeng' as const,
        oppgitt: r.sum.verdi,
        oppgittEtikett: 'Oppgitt samlet skår',
        kildeOppgitt: r.sum.kilde,
        kildeBeregnet: uniqueRefs(r.dimensjoner.map((x) => x.kilde)),
      };
      const id = (regel: string) => findingId([regel, d.data.initiativ, d.data.kommune, r.runde]);
      if (mangler === 0 && kjent !== r.sum.verdi) {
        funn.push({
          ...felles,
          id: id('diamant-sum'),
          regel: 'diamant-sum',
          gjelder: `Samlet skår i kapasitetsdiamanten for ${d.data.kommune}, ${r.runde}`,
          beregnet: kjent,
          beregnetEtikett: 'Summen av de fem skårene',
          differanse: kjent - r.sum.verdi,
        });
      } else if (mangler > 0) {
        const hoyest = kjent + mangler * DIAMANT_MAKS;
        const grense = kjent > r.sum.verdi ? kjent : hoyest < r.sum.verdi ? hoyest : null;
        if (grense === null) continue;
        funn.push({
          ...felles,
          id: id('diamant-umulig-sum'),
          regel: 'diamant-umulig-sum',
          gjelder: `Samlet skår i kapasitetsdiamanten for ${d.data.kommune}, ${r.runde} (${r.dimensjoner.length} av ${KAPASITET_DIMENSJONER.length} skårer oppgitt)`,
          beregnet: grense,
          beregnetEtikett:
            grense === kjent
              ? 'Summen av skårene som er oppgitt'
              : 'Høyeste mulige sum med de oppgitte skårene og full skår på resten',
          differanse: grense - r.sum.verdi,
        });
      }
    }
  }
  return funn.sort(
    (a, b) =>
      compareNb(a.initiativ, b.initiativ) ||
      compareNb(a.kommune, b.kommune) ||
      RULE_ORDER.get(a.regel)! - RULE_ORDER.get(b.regel)! ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
