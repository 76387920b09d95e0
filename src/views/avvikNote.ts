/**
 * The worded note for a list of findings («avvik») on a plan, pilot, delmål, initiative or the
 * /avvik/ page: the introduction, and per finding its comparison and sources in plain Norwegian.
 * The AvvikNote component only renders it.
 */
import { describeAvvik, regelTittel, type Avvik, type InitiativAvvik } from '../lib/checks/index.ts';

export interface AvvikNoteView {
  /** «Bygdevekstatlas har funnet 2 steder der tallene ikke stemmer.» */
  intro: string;
  punkter: ({
    id: string;
    /** The rule's title, for notes that mix rules (the /avvik/ page). */
    regel: string;
    gjelder: string;
  } & ReturnType<typeof describeAvvik>)[];
  /** Findings left out of a bounded note, and where the list goes on (the paged /avvik/). */
  flere?: { antall: number; href: string } | null;
}

/** The note for these findings, or null when there are none (the page then says so itself). */
export function avvikNote(
  avvik: readonly (Avvik | InitiativAvvik)[],
  titler: Record<string, string>,
  /** Word at most this many (the intro still counts them all). */
  maks: number = Infinity,
): AvvikNoteView | null {
  if (avvik.length === 0) return null;
  return {
    intro:
      avvik.length === 1
        ? 'Bygdevekstatlas har funnet ett sted der tallene ikke stemmer.'
        : `Bygdevekstatlas har funnet ${avvik.length} steder der tallene ikke stemmer.`,
    punkter: avvik.slice(0, maks).map((a) => ({
      id: a.id,
      regel: regelTittel(a.regel),
      gjelder: a.gjelder,
      ...describeAvvik(a, titler),
    })),
  };
}

/** «ingen avvik», «ett avvik», «3 avvik». */
export const antallAvvikTekst = (n: number) =>
  n === 0 ? 'ingen avvik' : n === 1 ? 'ett avvik' : `${n} avvik`;
