/**
 * What a kommune page shows of its pilot's newest plan (pure): the tiltak for the whole pilot,
 * grouped by delmål, apart from the tiltak only for this kommune (or a few kommuner, named), and
 * the pilot's money by the site's one rule (src/lib/money/grunnlag.ts), with its basis.
 */
import { pilotPenger } from '../lib/money/index.ts';
import { kommuneListeTekst, tiltakForKommune, sistePlan, tiltakGruppert } from '../lib/model/index.ts';
import type { Collections } from '../lib/loading/index.ts';

export function kommuneTiltakView(c: Collections, kommuneId: string) {
  const kommune = c.kommuner.find((k) => k.id === kommuneId);
  if (!kommune) throw new Error(`Ukjent kommune «${kommuneId}»`);
  const plan = sistePlan(c, kommune.data.pilot);
  const iPlan = plan ? c.tiltak.filter((t) => t.data.plan === plan.id) : [];
  const { helePiloten, bareNoen } = tiltakForKommune(c, kommuneId, iPlan);
  const hele = new Set(helePiloten.map((t) => t.id));
  return {
    plan,
    /** Whole-pilot tiltak by delmål (groups without any left out); ids make the captions unique. */
    helePiloten: plan
      ? tiltakGruppert(c, plan.id)
          .map((g) => ({ ...g, tiltak: g.tiltak.filter((t) => hele.has(t.id)) }))
          .filter((g) => g.tiltak.length > 0)
      : [],
    /** Tiltak for this kommune alone or with a few others: «bare for Røyrvik». */
    bareNoen: bareNoen.map((x) => ({
      tiltak: x.tiltak,
      gjelder: `bare for ${kommuneListeTekst(x.kommuner)}`,
    })),
    antallHelePiloten: helePiloten.length,
    penger: pilotPenger(c, kommune.data.pilot),
  };
}
export type KommuneTiltakView = ReturnType<typeof kommuneTiltakView>;
