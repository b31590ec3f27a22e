// Professionals (professionnels de santé): who is calling, and provisioning from an identity provider's claims.
import type { Prisma, PrismaClient, Professional } from '../generated/prisma/client.ts';
import { Profession } from '../generated/prisma/enums.ts';
import { change, type Services } from './changes.ts';
import { claimedContacts, contactChanges, refreshContactsFromToken, type ContactClaims } from './contact-details.ts';
import { badInput, DomainError } from './errors.ts';
import { optionalSearchKey, searchKey } from './search-key.ts';

const RPPS = /^\d{11}$/;
export const POSTAL_CODE = /^\d{5}$/;

/** Profession names as identity providers write them (enum names, or French labels). */
const PROFESSION_ALIASES: Record<string, Profession> = {
  medecin: Profession.PHYSICIAN,
  'sage femme': Profession.MIDWIFE,
  infirmier: Profession.NURSE,
  infirmiere: Profession.NURSE,
  'masseur kinesitherapeute': Profession.PHYSIOTHERAPIST,
  kinesitherapeute: Profession.PHYSIOTHERAPIST,
  'pedicure podologue': Profession.PODIATRIST,
  podologue: Profession.PODIATRIST,
  orthophoniste: Profession.SPEECH_THERAPIST,
  orthoptiste: Profession.ORTHOPTIST,
  pharmacien: Profession.PHARMACIST,
  'chirurgien dentiste': Profession.DENTIST,
  dentiste: Profession.DENTIST,
};

export function parseProfession(value: unknown): Profession {
  if (typeof value !== 'string') return Profession.OTHER;
  const upper = value.trim().toUpperCase();
  if (upper in Profession) return upper as Profession;
  return PROFESSION_ALIASES[searchKey(value)] ?? Profession.OTHER;
}

/** The columns derived from a professional's names, specialty and city for directory search. */
export function professionalSearchKeys(p: {
  firstName: string;
  lastName: string;
  specialty?: string | null;
  city?: string | null;
}) {
  return {
    nameKey: searchKey(`${p.firstName} ${p.lastName}`),
    specialtyKey: optionalSearchKey(p.specialty),
    cityKey: optionalSearchKey(p.city),
  };
}

/** FINESS: 9 characters, digits but for Corsica's département 2A or 2B first. */
const FINESS = /^(\d{2}|2A|2B)\d{7}$/;
const SIRET = /^\d{14}$/;

/** The token claim a practice structure is provisioned from (docs/rules.md#not-billable). */
export const PRACTICE_STRUCTURE_CLAIM = 'practice_structure_id';

/**
 * A practice structure's identifier as stored: a FINESS (9 characters) or a SIRET (14 digits), spaces
 * left out and letters upper-cased; anything else is BAD_USER_INPUT saying which it resembles.
 */
export function checkPracticeStructureId(value: string): string {
  const id = value.replace(/[\s.]/g, '').toUpperCase();
  if (FINESS.test(id) || SIRET.test(id)) return id;
  throw badInput(
    `practiceStructureId must be the site's FINESS number (9 characters: digits, or 2A/2B then 7 digits for Corsica) or its SIRET number (14 digits); "${value}" is ${id.length} characters long${/^\d+$/.test(id) ? '' : ' and not only digits'}`,
    { field: 'practiceStructureId' },
  );
}

/** The structure from a token's claim when it holds a valid one: a bad claim registers no structure rather than no professional. */
function claimedStructure(claims: Record<string, unknown>): string | null {
  const value = claimText(claims, PRACTICE_STRUCTURE_CLAIM);
  if (!value) return null;
  try {
    return checkPracticeStructureId(value);
  } catch {
    return null;
  }
}

/** The professional declares the structure (FINESS or SIRET of the site) they practise at, or clears it with null; traced. */
export async function updatePracticeStructure(
  services: Services,
  actorId: string,
  value: string | null,
): Promise<void> {
  const practiceStructureId = value === null || value.trim() === '' ? null : checkPracticeStructureId(value);
  await change(services, { id: actorId }, async ({ tx, trace }) => {
    const before = await tx.professional.findUniqueOrThrow({
      where: { id: actorId },
      select: { practiceStructureId: true },
    });
    if (before.practiceStructureId === practiceStructureId) return;
    await tx.professional.update({ where: { id: actorId }, data: { practiceStructureId } });
    trace({
      action: 'professional.practiceStructure',
      entityType: 'Professional',
      entityId: actorId,
      details: { from: before.practiceStructureId, to: practiceStructureId },
    });
  });
}

const claimText = (claims: Record<string, unknown>, name: string): string | undefined => {
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

/**
 * The professional a verified token speaks for; one statement when known and their addresses unchanged. An
 * unknown RPPS is provisioned from the token's claims (given_name, family_name, profession, specialty, city,
 * postal_code, practice_structure_id); the addresses (email and the MSSanté claim) are refreshed every time.
 */
export async function professionForToken(
  prisma: PrismaClient,
  nationalId: string,
  claims: Record<string, unknown>,
  contactClaims: ContactClaims,
): Promise<Professional> {
  if (!RPPS.test(nationalId)) {
    throw new DomainError('UNAUTHENTICATED', 'The token does not name a professional by an 11-digit RPPS number');
  }
  const contacts = claimedContacts(claims, contactClaims);
  const known = await prisma.professional.findUnique({ where: { rpps: nationalId } });
  if (known) return { ...known, ...(await refreshContactsFromToken(prisma, known, contacts)) };

  const firstName = claimText(claims, 'given_name');
  const lastName = claimText(claims, 'family_name');
  if (!firstName || !lastName) {
    throw new DomainError(
      'UNAUTHENTICATED',
      'This professional is not registered yet and the token lacks the given_name and family_name claims needed to register them',
    );
  }
  const postalCode = claimText(claims, 'postal_code');
  const data: Prisma.ProfessionalCreateInput = {
    rpps: nationalId,
    firstName,
    lastName,
    profession: parseProfession(claims['profession']),
    specialty: claimText(claims, 'specialty') ?? null,
    city: claimText(claims, 'city') ?? null,
    postalCode: postalCode && POSTAL_CODE.test(postalCode) ? postalCode : null,
    practiceStructureId: claimedStructure(claims),
    ...contactChanges({}, contacts).data,
    ...professionalSearchKeys({
      firstName,
      lastName,
      specialty: claimText(claims, 'specialty'),
      city: claimText(claims, 'city'),
    }),
  };
  // Two first requests of the same newcomer may race: the unique RPPS makes the second a no-op.
  return prisma.professional.upsert({ where: { rpps: nationalId }, create: data, update: {} });
}
