// The NGAP téléexpertise acts (docs/rules.md#billing): who may bill which code, and the tariff in force on a day.
import { BillingCode, Profession } from '../generated/prisma/enums.ts';

/** Each code's amounts, oldest first, each in force from its date (a day in France) until the next one. */
const TARIFFS: Record<BillingCode, readonly { from: string; amountCents: number }[]> = {
  // Avenant 9 (1 April 2022): one level, TE2 at 20 EUR; revalued to 23 EUR on 1 January 2026.
  TE2: [
    { from: '2022-04-01', amountCents: 2000 },
    { from: '2026-01-01', amountCents: 2300 },
  ],
  RQD: [{ from: '2022-04-01', amountCents: 1000 }],
};

/** Who may bill each code: TE2 the expert (requis), RQD the requester (requérant). */
export const BILLING_PROFESSIONS: Record<BillingCode, readonly Profession[]> = {
  TE2: [Profession.PHYSICIAN, Profession.MIDWIFE],
  RQD: [Profession.PHYSICIAN, Profession.MIDWIFE, Profession.SPEECH_THERAPIST, Profession.ORTHOPTIST],
};

/** Reimbursed acts of one code per patient per calendar year. */
export const YEARLY_LIMIT = 4;

/** The amount of an act of `code` done on `day` (YYYY-MM-DD, in France). */
export function tariffOn(code: BillingCode, day: string): number {
  const tariff = TARIFFS[code].findLast((entry) => entry.from <= day);
  if (!tariff) throw new Error(`No ${code} tariff is in force on ${day}`);
  return tariff.amountCents;
}

export function mayBill(code: BillingCode, profession: Profession): boolean {
  return BILLING_PROFESSIONS[code].includes(profession);
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
