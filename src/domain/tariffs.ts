// The NGAP téléexpertise acts (docs/rules.md#billing): who may bill which code since when, and the tariff in force on a
// day in a zone. Each row names its source; where none was confirmed, docs/rules.md#known-gaps says what was chosen.
import { BillingCode, Profession } from '../generated/prisma/enums.ts';

/** Mainland France, or the overseas departments (DROM: Guadeloupe, Martinique, Guyane, La Réunion, Mayotte). */
export const TariffZone = { METROPOLE: 'METROPOLE', DROM: 'DROM' } as const;
export type TariffZone = (typeof TariffZone)[keyof typeof TariffZone];

interface Dated<T> {
  /** A day in France (YYYY-MM-DD) from which the row is in force, until the next row of its list. */
  from: string;
  value: T;
}

/** Each code's amount in euro cents, per zone, oldest first. */
const TARIFFS: Record<BillingCode, Record<TariffZone, readonly Dated<number>[]>> = {
  TE2: {
    METROPOLE: [
      // « …l'acte de téléexpertise (TE2, 20 euros) et l'acte de demande (RQD, 10 euros)… », avenant 9, 1 April 2022: https://www.normand-esante.fr/publications/actualites/entree-en-application-de-l-avenant-n-9-a-la-convention-medicale.-quelles-evolutions-pour-la-teleexpertise,5415,12513.html
      { from: '2022-04-01', value: 2000 },
      // « À compter du 1er janvier 2026, … (cotation TE2) est revalorisé, passant de 20 € à 23 € », 2026-01-01: https://omnidoc.fr/actualites/teleexpertise-nouveaux-tarifs-au-1er-janvier-2026
      { from: '2026-01-01', value: 2300 },
    ],
    DROM: [
      // « TE2 : de 24€ à 27,60€ » (24 € before 2026; its start date is not confirmed, taken as 1 April 2022): https://omnidoc.fr/actualites/teleexpertise-nouveaux-tarifs-au-1er-janvier-2026
      { from: '2022-04-01', value: 2400 },
      // « TE2 : de 24€ à 27,60€ », 2026-01-01: https://omnidoc.fr/actualites/teleexpertise-nouveaux-tarifs-au-1er-janvier-2026
      { from: '2026-01-01', value: 2760 },
    ],
  },
  RQD: {
    METROPOLE: [
      // « Création d'un acte de requérant (RQD) en remplacement du forfait requérant », 10 EUR, 1 April 2022: https://www.normand-esante.fr/publications/actualites/entree-en-application-de-l-avenant-n-9-a-la-convention-medicale.-quelles-evolutions-pour-la-teleexpertise,5415,12513.html
      { from: '2022-04-01', value: 1000 },
    ],
    DROM: [
      // « RQD : tarif inchangé à 12€ » (12 € before and after 2026-01-01; start date not confirmed, taken as 1 April 2022): https://omnidoc.fr/actualites/teleexpertise-nouveaux-tarifs-au-1er-janvier-2026
      { from: '2022-04-01', value: 1200 },
    ],
  },
};

/** From which day each profession may bill each code; a profession absent from a code's table never bills it. */
const ELIGIBILITY: Record<BillingCode, Partial<Record<Profession, string>>> = {
  TE2: {
    // « seuls les médecins et les sages-femmes peuvent les réaliser » (HAS), single TE2 since 1 April 2022: https://egora.fr/actus-pro/sante-numerique/la-plupart-des-generalistes-nimaginent-meme-pas-quils-peuvent-en-faire-la
    PHYSICIAN: '2022-04-01',
    // « …valorisé à hauteur de 20 euros par téléexpertise… », sages-femmes, avenant 5, 1 April 2022: https://sante-ara.fr/les-sages-femmes-peuvent-pratiquer-des-teleexpertises
    MIDWIFE: '2022-04-01',
  },
  RQD: {
    // « Création d'un acte de requérant (RQD) en remplacement du forfait requérant », avenant 9, 1 April 2022: https://www.normand-esante.fr/publications/actualites/entree-en-application-de-l-avenant-n-9-a-la-convention-medicale.-quelles-evolutions-pour-la-teleexpertise,5415,12513.html
    PHYSICIAN: '2022-04-01',
    // « Depuis le 1er avril 2022, les sages-femmes peuvent demander l'avis d'un médecin », avenant 5, 1 April 2022: https://sante-ara.fr/les-sages-femmes-peuvent-pratiquer-des-teleexpertises
    MIDWIFE: '2022-04-01',
    // « Date d'application : 6 avril 2022 », orthophonistes, avenant 18, 6 April 2022: https://omnidoc.fr/actualites/les-changements-de-l-avenant-18-a-la-convention-des-orthophonistes
    SPEECH_THERAPIST: '2022-04-06',
    // No source found for orthoptists' RQD: kept billable from 1 April 2022, as before (docs/rules.md#known-gaps): https://egora.fr/actus-pro/sante-numerique/la-plupart-des-generalistes-nimaginent-meme-pas-quils-peuvent-en-faire-la
    ORTHOPTIST: '2022-04-01',
    // « À partir du 23 mars, la téléexpertise fait l'objet d'une cotation fixée à 10 euros… », infirmiers, avenant 9, 23 March 2023: https://support.topaze-air.fr/blog/2023/02/22/la-teleexpertise
    NURSE: '2023-03-23',
    // « …l'avenant 7 à la convention des masseurs-kinésithérapeutes entre en vigueur le 22 février 2024 », 22 February 2024: https://www.cpts-subval.fr/tele-expertise-pour-les-kinesitherapeutes/
    PHYSIOTHERAPIST: '2024-02-22',
    // « …l'entrée en vigueur des mesures suivantes à compter du 7 mars 2024 », pédicures-podologues, avenant 5, 7 March 2024: https://www.ameli.fr/pedicure-podologue/actualites/des-tarifs-revalorises-pour-certains-actes-et-creation-de-nouvelles-cotations
    PODIATRIST: '2024-03-07',
  },
};

/**
 * Reimbursed acts of one code per billing professional, per patient, per calendar year in France:
 * « dans la limite de 4 actes par an, par médecin requis [requérant], pour un même patient », 2022-04-01:
 * https://cptsboulognebillancourt.fr/?p=2983 (the 2-a-year limits some professions' texts state are not applied:
 * docs/rules.md#known-gaps).
 */
export const YEARLY_LIMIT = 4;

/**
 * Who, practising at the same structure, bills no téléexpertise: « …lorsque le médecin requérant et le médecin requis
 * exercent dans la même maison de santé pluriprofessionnelle (même site géographique) »: https://cptsboulognebillancourt.fr/?p=2983
 */
export const SAME_STRUCTURE_PROFESSIONS: readonly Profession[] = [Profession.PHYSICIAN];

/** The amount of an act of `code` done on `day` (YYYY-MM-DD, in France) in `zone`. */
export function tariffOn(code: BillingCode, day: string, zone: TariffZone = 'METROPOLE'): number {
  const tariff = TARIFFS[code][zone].findLast((entry) => entry.from <= day);
  if (!tariff) throw new Error(`No ${code} tariff is in force on ${day} in ${zone}`);
  return tariff.value;
}

/** Whether `profession` may bill `code` for an act done on `day` (YYYY-MM-DD, in France). */
export function mayBill(code: BillingCode, profession: Profession, day: string): boolean {
  const from = ELIGIBILITY[code][profession];
  return from !== undefined && from <= day;
}

/** The day from which `profession` may bill `code`, or null when it never may. */
export function billableFrom(code: BillingCode, profession: Profession): string | null {
  return ELIGIBILITY[code][profession] ?? null;
}

/** The overseas departments' postal codes: 971 Guadeloupe, 972 Martinique, 973 Guyane, 974 La Réunion, 976 Mayotte. */
const DROM_POSTAL_CODE = /^97[1-46]/;

/** The zone of a place of practice, by its postal code as entered; unknown is mainland. */
export function zoneOf(postalCode: string | null | undefined): TariffZone {
  return postalCode && DROM_POSTAL_CODE.test(postalCode) ? 'DROM' : 'METROPOLE';
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day in France (YYYY-MM-DD) of an instant: an act signed at 23:30 UTC on 31 December is a January act. */
export function frenchDay(at: Date): string {
  return PARIS_DAY.format(at);
}
