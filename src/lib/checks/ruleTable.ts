/**
 * The rule table: every consistency rule with the plain-Norwegian title and explanation shown on
 * «Når tallene ikke stemmer», and its unit. The order of the table is the order findings are
 * listed in, on pages and in exports.
 */
export const AVVIK_REGLER = [
  {
    id: 'sumrad',
    tittel: 'Summen i tabellen stemmer ikke med radene',
    forklaring:
      'Vi legger sammen radene i hver kolonne i en budsjettabell og sammenligner med summen tabellen selv oppgir nederst. Tomme celler teller ikke med.',
    enhet: 'kr',
  },
  {
    id: 'delsum',
    tittel: 'En delsum stemmer ikke med radene over',
    forklaring:
      'Noen tabeller har en delsum («Til sammen») for hvert delmål. Vi legger sammen radene som hører til delmålet og sammenligner med delsummen.',
    enhet: 'kr',
  },
  {
    id: 'totalkolonne',
    tittel: 'Totalen i en rad stemmer ikke med kolonnene',
    forklaring:
      'Når en tabell har en kolonne for totalbudsjettet, skal den være summen av årene eller finansieringskildene i samme rad. Vi legger sammen kolonnene og sammenligner med totalen.',
    enhet: 'kr',
  },
  {
    id: 'samme-tall-ulike-steder',
    tittel: 'Det samme tallet er oppgitt forskjellig to steder',
    forklaring:
      'Vi sammenligner tall i samme plan som gjelder det samme: samme delmål (eller samme type rad, som prosjektledelse), samme finansieringskilde og samme år. Det gjelder både tabellene og beløp som står i teksten. Beløp i teksten uten årstall tar vi ikke med, fordi vi ikke vet hvilket år de gjelder. Tallet som står først i dokumentet, regnes som det oppgitte.',
    enhet: 'kr',
  },
  {
    id: 'delmal-mot-tiltak',
    tittel: 'Tabellens beløp for et delmål stemmer ikke med tiltakene',
    forklaring:
      'Hvert tiltak oppgir selv hvor mye penger det skal ha, og fra hvilken kilde. Vi legger sammen tiltakenes egne beløp under et delmål, for én finansieringskilde og ett år, og sammenligner med beløpet tabellen oppgir for delmålet. Vi sammenligner bare når minst ett av tiltakene oppgir et beløp fra den kilden, og bare kolonner som gjelder én kilde og ett bestemt år. Et beløp uten årstall ved tiltaket regnes til planens år.',
    enhet: 'kr',
  },
  {
    id: 'tiltaksrad-mot-tiltak',
    tittel: 'Beløpet for et tiltak i oversikten stemmer ikke med tiltaket selv',
    forklaring:
      'Noen planer har en oversiktstabell med én rad per tiltak. Vi sammenligner beløpet i raden med det tiltaket selv oppgir for samme kilde og år, når tiltaket oppgir et slikt beløp.',
    enhet: 'kr',
  },
  {
    id: 'aar-utenfor-avtaleperioden',
    tittel: 'Et år ligger utenfor avtaleperioden',
    forklaring:
      'Vi sjekker at årskolonnene i tabellene og årene ved tiltakenes beløp ligger innenfor perioden bygdevekstavtalen gjelder for. Differansen er antall år utenfor.',
    enhet: 'aar',
  },
  {
    id: 'tabellaar-mot-planaar',
    tittel: 'Tabellen er merket med et annet år enn planen',
    forklaring:
      'Når overskriften til en budsjettabell nevner et år, sammenligner vi det med året handlingsplanen gjelder for.',
    enhet: 'aar',
  },
  {
    id: 'diamant-sum',
    tittel: 'Summen i kapasitetsdiamanten stemmer ikke med skårene',
    forklaring:
      'Distriktssenterets kapasitetsdiamant har fem dimensjoner med skår fra 0 til 10. Når en rapport oppgir alle fem skårene og en samlet skår for samme kommune og runde, legger vi sammen de fem og sammenligner med den samlede skåren.',
    enhet: 'poeng',
  },
  {
    id: 'diamant-umulig-sum',
    tittel: 'Den samlede skåren i kapasitetsdiamanten kan ikke stemme med skårene som er oppgitt',
    forklaring:
      'Når en rapport bare oppgir noen av de fem skårene, kan vi likevel se om den samlede skåren er mulig: de oppgitte skårene kan ikke til sammen være større enn den, og de manglende dimensjonene kan ikke gi mer enn 10 hver.',
    enhet: 'poeng',
  },
] as const satisfies readonly {
  id: string;
  tittel: string;
  forklaring: string;
  enhet: 'kr' | 'aar' | 'poeng';
}[];

export type RegelId = (typeof AVVIK_REGLER)[number]['id'];
/** The rules over the capacity diamond: findings about an initiative's kommune, not about a plan. */
export type DiamantRegelId = 'diamant-sum' | 'diamant-umulig-sum';
export type PlanRegelId = Exclude<RegelId, DiamantRegelId>;

/** A rule's place in the table, for sorting findings. */
export const RULE_ORDER = new Map<string, number>(AVVIK_REGLER.map((r, i) => [r.id, i]));
export const ENHET = new Map<string, 'kr' | 'aar' | 'poeng'>(AVVIK_REGLER.map((r) => [r.id, r.enhet]));
