import { z } from 'astro/zod';
import { dato, delvisDato, nettadresse } from './common.ts';

/** A source document or page the content is taken from. Body (MDX) not used: YAML. */
export const kildeSchema = z
  .strictObject({
    /** Title as the document gives it (or a clear description when it has none). */
    tittel: z.string().min(1),
    /**
     * The title the document meant, only where its printed title (`tittel`) has a misprint. The site
     * then shows `tittel` as printed, marked [sic], with this beside it; `tittel` is never corrected.
     */
    mentTittel: z.string().min(1).optional(),
    /** Who published it. */
    utgiver: z.string().min(1),
    /** When it was published or dated, as precise as known; null when unknown. */
    dato: delvisDato.nullable().default(null),
    /**
     * File name of the document's text in shared/seeds; the site publishes it with a link per line.
     * A kilde has this or `pdf`, not both.
     */
    seed: z
      .string()
      .regex(/^\d{3}_[0-9a-f]+\.txt$/, {
        error: 'forventet et filnavn i shared/seeds, som 000_f4bc9484f28f17cc.txt',
      })
      .optional(),
    /**
     * The document as PDF in content/kilder-filer/ (uploaded in the CMS). The build keeps its text
     * beside it with the page of each line; citations count those lines. This or `seed`, not both.
     */
    pdf: z
      .string()
      .regex(/^kilder-filer\/[A-Za-z0-9][A-Za-z0-9._-]*\.pdf$/, {
        error:
          'forventet en PDF i content/kilder-filer/, som kilder-filer/handlingsplan-2027.pdf (uten mellomrom og æøå)',
      })
      .optional(),
    /** Web address, where known. */
    url: nettadresse.optional(),
    /** What kind of text it is and how it was read (e.g. OCR with garbled æøå), in our own words. */
    beskrivelse: z.string().min(1),
    /** What the site takes from it, in our own words. */
    brukt: z.string().min(1),
    /**
     * The day the editor last checked the content citing this document against it. The site's
     * «Data per» is the latest of these (src/lib/model/dataPer.ts): update it when you check.
     */
    kontrollert: dato.optional(),
  })
  .refine((k) => (k.seed === undefined) !== (k.pdf === undefined), {
    error:
      'en kilde har enten «seed» (en tekstfil i shared/seeds) eller «pdf» (en PDF i content/kilder-filer/), ikke begge og ikke ingen',
    path: ['pdf'],
    // The exactly-one rule only means something once each field is itself valid.
    when: (p) => p.issues.length === 0,
  });
export type Kilde = z.infer<typeof kildeSchema>;
