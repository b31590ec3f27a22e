// Contact details (docs/api.md#contact-details): a professional's e-mail and MSSanté addresses, from their token or set by them.
import { z } from 'zod';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { ContactSource } from '../generated/prisma/enums.ts';
import { change, type Services } from './changes.ts';
import { badInput } from './errors.ts';

/** The longest address SMTP can carry (RFC 5321's 256-character path, less its angle brackets). */
export const MAX_ADDRESS_LENGTH = 254;

/** The two addresses, by the name of their field (column, GraphQL field and audit detail alike). */
export type ContactField = 'email' | 'secureEmail';
export const CONTACT_FIELDS: readonly ContactField[] = ['email', 'secureEmail'];

/** One address and who set it; both null while unset. */
export interface ContactAddress {
  address: string | null;
  source: ContactSource | null;
}

/** The token carried a valid claim (or none: undefined), or the professional set an address (or cleared it: null). */
export type ContactUpdate = { by: 'TOKEN'; address: string | undefined } | { by: 'SELF'; address: string | null };

/**
 * The one rule: a token's claim fills the address unless the professional set it themselves; what they set is
 * kept until they change it, and clearing it (null) hands the address back to the token's claim.
 */
export function nextContact(current: ContactAddress, update: ContactUpdate): ContactAddress {
  if (update.by === 'SELF') {
    return update.address === null ? { address: null, source: null } : { address: update.address, source: 'SELF' };
  }
  if (update.address === undefined || current.source === 'SELF') return current;
  return { address: update.address, source: 'TOKEN' };
}

const emailAddress = z.email();

/** An address as stored: trimmed, its domain lower-cased, at most 254 characters, valid for zod; else BAD_USER_INPUT naming the field. */
export function checkEmail(value: string, field: ContactField = 'email'): string {
  const trimmed = value.trim();
  const at = trimmed.lastIndexOf('@');
  const address = at < 0 ? trimmed : trimmed.slice(0, at) + trimmed.slice(at).toLowerCase();
  if (address.length > MAX_ADDRESS_LENGTH)
    throw badInput(`${field} must be at most ${MAX_ADDRESS_LENGTH} characters long`, { field });
  if (!emailAddress.safeParse(address).success)
    throw badInput(`${field} must be an e-mail address, such as jean.dupont@example.fr`, { field });
  return address;
}

/** The MSSanté trust space's domains, e.g. medecin.mssante.fr, ch-xyz.mssante.fr. */
const MSSANTE_DOMAIN_SUFFIX = '.mssante.fr';

/** An MSSanté address: an e-mail address whose domain is in the trust space, else BAD_USER_INPUT. */
export function checkSecureEmail(value: string): string {
  const address = checkEmail(value, 'secureEmail');
  // Addresses are <name>@<structure>.mssante.fr: https://segurnumerique.sante-idf.fr/services-socles/mssante/
  if (!address.slice(address.lastIndexOf('@') + 1).endsWith(MSSANTE_DOMAIN_SUFFIX)) {
    throw badInput(
      `secureEmail must be an MSSanté address, whose domain ends in ${MSSANTE_DOMAIN_SUFFIX} (such as jean.dupont@medecin.mssante.fr): an ordinary mailbox may not receive health data`,
      { field: 'secureEmail' },
    );
  }
  return address;
}

const CHECKS: Record<ContactField, (value: string) => string> = { email: checkEmail, secureEmail: checkSecureEmail };

/** A claim's address when it holds a valid one; `onIgnored` hears of a claim present but invalid (a blank one is absent). */
export function claimedAddress(field: ContactField, claim: unknown, onIgnored: () => void): string | undefined {
  if (claim === undefined || claim === null || (typeof claim === 'string' && claim.trim() === '')) return undefined;
  try {
    if (typeof claim === 'string') return CHECKS[field](claim);
  } catch {
    // Not an address: the claim is ignored rather than the sign-in refused.
  }
  onIgnored();
  return undefined;
}

/** A professional's contact columns, as selected and written. */
export type ContactColumns = Pick<
  Prisma.ProfessionalUncheckedCreateInput,
  'email' | 'emailSource' | 'secureEmail' | 'secureEmailSource'
>;
export const CONTACT_SELECT = { email: true, emailSource: true, secureEmail: true, secureEmailSource: true } as const;

const sourceColumn = (field: ContactField) => (field === 'email' ? 'emailSource' : 'secureEmailSource');

function addressOf(row: ContactColumns, field: ContactField): ContactAddress {
  return { address: row[field] ?? null, source: row[sourceColumn(field)] ?? null };
}

/** The columns that change when `updates` apply to `row`, and each changed field's new source (null: cleared). */
export function contactChanges(
  row: ContactColumns,
  updates: Partial<Record<ContactField, ContactUpdate>>,
): { data: ContactColumns; sources: Partial<Record<ContactField, ContactSource | null>> } {
  const data: ContactColumns = {};
  const sources: Partial<Record<ContactField, ContactSource | null>> = {};
  for (const field of CONTACT_FIELDS) {
    const update = updates[field];
    if (!update) continue;
    const before = addressOf(row, field);
    const after = nextContact(before, update);
    if (after.address === before.address && after.source === before.source) continue;
    data[field] = after.address;
    data[sourceColumn(field)] = after.source;
    sources[field] = after.source;
  }
  return { data, sources };
}

/** The input of updateContactDetails: a field left out is unchanged, null (or blank) clears it. */
export type ContactInput = Partial<Record<ContactField, string | null>>;

function selfUpdates(input: ContactInput): Partial<Record<ContactField, ContactUpdate>> {
  const updates: Partial<Record<ContactField, ContactUpdate>> = {};
  for (const field of CONTACT_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    const address = value === null || value.trim() === '' ? null : CHECKS[field](value);
    updates[field] = { by: 'SELF', address };
  }
  return updates;
}

/** The professional sets or clears their addresses; every address is checked before anything is written; traced without the addresses. */
export async function updateContactDetails(services: Services, actorId: string, input: ContactInput): Promise<void> {
  const updates = selfUpdates(input);
  if (Object.keys(updates).length === 0) return;
  await change(services, { id: actorId }, async ({ tx, trace }) => {
    const row = await tx.professional.findUniqueOrThrow({ where: { id: actorId }, select: CONTACT_SELECT });
    const { data, sources } = contactChanges(row, updates);
    if (Object.keys(sources).length === 0) return;
    await tx.professional.update({ where: { id: actorId }, data });
    trace(contactTrace(actorId, sources));
  });
}

/** The audit record of a change of addresses: which fields and their new source, never an address. */
export function contactTrace(professionalId: string, sources: Partial<Record<ContactField, ContactSource | null>>) {
  return {
    action: 'professional.contact_updated',
    entityType: 'Professional',
    entityId: professionalId,
    details: { fields: sources },
  };
}

/** The names of the claims a token's addresses are read from, and who hears of a claim ignored as invalid. */
export interface ContactClaims {
  /** The claim holding the MSSanté address (MSSANTE_CLAIM); the e-mail is OIDC's `email`. */
  secureEmailClaim: string;
  /** Told the name of a claim that holds no valid address, never its value (personal data stays out of logs). */
  onIgnoredClaim?: (claim: string) => void;
}

/** What a token's claims say of each address (undefined: nothing valid). */
export function claimedContacts(
  claims: Record<string, unknown>,
  options: ContactClaims,
): Record<ContactField, ContactUpdate> {
  const names: Record<ContactField, string> = { email: 'email', secureEmail: options.secureEmailClaim };
  const read = (field: ContactField): ContactUpdate => ({
    by: 'TOKEN',
    address: claimedAddress(field, claims[names[field]], () => options.onIgnoredClaim?.(names[field])),
  });
  return { email: read('email'), secureEmail: read('secureEmail') };
}

/**
 * Applies a token's claims to a known professional: nothing is written (no statement) unless an address changes,
 * and then only if the sources are still those read, so that an address the professional set meanwhile is kept.
 * Returns the columns written.
 */
export async function refreshContactsFromToken(
  prisma: PrismaClient,
  row: { id: string } & ContactColumns,
  updates: Record<ContactField, ContactUpdate>,
): Promise<ContactColumns> {
  const { data, sources } = contactChanges(row, updates);
  if (Object.keys(sources).length === 0) return {};
  // No event: nothing subscribes to contact details.
  const services: Services = { prisma, publish: () => undefined };
  const guard = { id: row.id, emailSource: row.emailSource ?? null, secureEmailSource: row.secureEmailSource ?? null };
  return change(services, { id: row.id }, async ({ tx, trace }) => {
    const { count } = await tx.professional.updateMany({ where: guard, data });
    if (count === 0) return {};
    trace(contactTrace(row.id, sources));
    return data;
  });
}
