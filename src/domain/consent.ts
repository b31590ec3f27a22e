// Consentement: mandatory before a request is sent, or the documented reason it could not be collected (docs/rules.md#consent).
import { ConsentGivenBy } from '../generated/prisma/enums.ts';
import { badInput } from './errors.ts';

export interface ConsentInput {
  givenBy: ConsentGivenBy;
  collectedAt?: Date | null;
  notCollectedReason?: string | null;
}

export interface Consent {
  consentGivenBy: ConsentGivenBy;
  consentCollectedAt: Date | null;
  consentNotCollectedReason: string | null;
}

/** Clocks of two machines disagree by a little: a collection time this far ahead is still "now". */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const MAX_REASON_LENGTH = 2000;

export function checkConsent(input: ConsentInput, now: Date): Consent {
  const reason = input.notCollectedReason?.trim() || null;
  if (input.givenBy === ConsentGivenBy.NOT_COLLECTED) {
    if (!reason) {
      throw badInput(
        'Consent was not collected: say why in consent.notCollectedReason (for example an emergency, or a patient unable to consent)',
      );
    }
    if (reason.length > MAX_REASON_LENGTH)
      throw badInput(`consent.notCollectedReason is longer than ${MAX_REASON_LENGTH} characters`);
    if (input.collectedAt) throw badInput('consent.collectedAt cannot be set when consent was NOT_COLLECTED');
    return { consentGivenBy: input.givenBy, consentCollectedAt: null, consentNotCollectedReason: reason };
  }
  if (!input.collectedAt) {
    throw badInput(
      `Consent given by the ${input.givenBy === ConsentGivenBy.PATIENT ? 'patient' : 'legal representative'} needs consent.collectedAt: when it was given`,
    );
  }
  if (input.collectedAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw badInput('consent.collectedAt is in the future: give the time consent was collected');
  if (reason) throw badInput('consent.notCollectedReason is only for consent that was NOT_COLLECTED');
  return { consentGivenBy: input.givenBy, consentCollectedAt: input.collectedAt, consentNotCollectedReason: null };
}
