// Facturation (docs/rules.md#billing): the acts a signed report creates, the yearly limit, and the forecast before sending.
import { createHash } from 'node:crypto';
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import { BillingCode, NonReimbursableReason, type Profession } from '../generated/prisma/enums.ts';
import { traceReads, type Change, type Tx } from './changes.ts';
import { liveDelegation } from './delegations.ts';
import { notFound } from './errors.ts';
import { checkPatient, type PatientInput } from './patients.ts';
import { inWhoseName, refuseSelfRequest } from './requests.ts';
import {
  frenchDay,
  mayBill,
  SAME_STRUCTURE_PROFESSIONS,
  type TariffZone,
  tariffOn,
  YEARLY_LIMIT,
  zoneOf,
} from './tariffs.ts';

/** The patient as the yearly limit counts them: by INS when known, else by identity. */
export interface BilledPatient {
  ins: string | null;
  birthName: string;
  firstNames: string;
  birthDate: Date;
  sex: string;
}

/**
 * The key acts are counted under: a SHA-256 of the INS, or of the normalized identity (birth name,
 * first given name, birth date, sex), so that the counters and acts never hold the identity itself.
 */
export function patientKey(patient: BilledPatient): string {
  const subject = patient.ins
    ? `ins:${patient.ins}`
    : `identity:${normalize(patient.birthName)}|${normalize(patient.firstNames.split(/[\s,]+/)[0] ?? '')}|${patient.birthDate.toISOString().slice(0, 10)}|${patient.sex}`;
  return createHash('sha256').update(`teleexpertise-patient:${subject}`).digest('hex');
}

function normalize(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
}

export const REASON_TEXT: Record<NonReimbursableReason, string> = {
  ANONYMIZED_PATIENT: 'The patient is anonymized: the health insurance cannot be billed for an unidentified patient',
  YEARLY_LIMIT_REACHED: `This professional already billed ${YEARLY_LIMIT} acts of this code for this patient this calendar year`,
  SAME_PRACTICE_STRUCTURE:
    'The requester and the expert practise at the same structure (maison de santé, same site): the téléexpertise is not billable',
};

/** A professional who may bill: the profession sets the codes, the postal code the zone, the structure the same-site rule. */
export interface BillingParty {
  id: string;
  profession: Profession;
  postalCode: string | null;
  practiceStructureId: string | null;
}

/** What to select of a professional to bill them. */
export const BILLING_PARTY_SELECT = {
  id: true,
  profession: true,
  postalCode: true,
  practiceStructureId: true,
} as const;

/** Who signs and who asked: the parties that may bill. */
export interface BillingParties {
  expert: BillingParty;
  /** The professional RQD is billed to: the one in whose name the request was made, else the requester. */
  requester: BillingParty;
}

interface PlannedAct {
  code: BillingCode;
  professionalId: string;
  amountCents: number;
  zone: TariffZone;
}

/** The acts a report signed on `day` creates, TE2 first (the counters' lock order), before the limit is applied. */
function plannedActs(parties: BillingParties, day: string): PlannedAct[] {
  const billed = [
    [BillingCode.TE2, parties.expert],
    [BillingCode.RQD, parties.requester],
  ] as const;
  return billed
    .filter(([code, party]) => mayBill(code, party.profession, day))
    .map(([code, party]) => {
      const zone = zoneOf(party.postalCode);
      return { code, professionalId: party.id, zone, amountCents: tariffOn(code, day, zone) };
    });
}

/** Both practise at the same declared structure, in professions the same-site rule names (docs/rules.md#not-billable). */
export function sameStructure({ expert, requester }: BillingParties): boolean {
  return (
    expert.practiceStructureId !== null &&
    expert.practiceStructureId === requester.practiceStructureId &&
    SAME_STRUCTURE_PROFESSIONS.includes(expert.profession) &&
    SAME_STRUCTURE_PROFESSIONS.includes(requester.profession)
  );
}

/** Why the acts are not reimbursable whatever the count (they then take no rank), or null. */
function uncountedReason(parties: BillingParties, key: string | null): NonReimbursableReason | null {
  if (key === null) return NonReimbursableReason.ANONYMIZED_PATIENT;
  if (sameStructure(parties)) return NonReimbursableReason.SAME_PRACTICE_STRUCTURE;
  return null;
}

/**
 * Creates the acts of a report signed now. The yearly rank of each act comes from its professional's
 * counter row, incremented under its lock (INSERT … ON CONFLICT DO UPDATE … RETURNING), so that reports
 * signed at the same time get distinct ranks and exactly the first four of each professional are
 * reimbursable. Counters are always taken in the same order (TE2, then RQD), so signings cannot deadlock.
 */
export async function billSignedReport(
  c: Change,
  request: { id: string; reportId: string },
  parties: BillingParties,
  patient: BilledPatient | null,
): Promise<void> {
  const day = frenchDay(c.now);
  const key = patient ? patientKey(patient) : null;
  const uncounted = uncountedReason(parties, key);
  for (const { zone, ...act } of plannedActs(parties, day)) {
    const rank =
      key && !uncounted ? await nextRank(c.tx, act.professionalId, key, act.code, Number(day.slice(0, 4))) : null;
    const reason =
      uncounted ?? (rank !== null && rank > YEARLY_LIMIT ? NonReimbursableReason.YEARLY_LIMIT_REACHED : null);
    const created = await c.tx.billingAct.create({
      data: {
        ...act,
        requestId: request.id,
        reportId: request.reportId,
        actDate: new Date(`${day}T00:00:00Z`),
        patientKey: key,
        yearlyRank: rank,
        reimbursable: reason === null,
        reason,
        createdAt: c.now,
      },
      select: { id: true },
    });
    c.trace({
      action: 'billing.act',
      entityType: 'BillingAct',
      entityId: created.id,
      requestId: request.id,
      details: {
        code: act.code,
        amountCents: act.amountCents,
        zone,
        reimbursable: reason === null,
        reason,
        yearlyRank: rank,
      },
    });
  }
}

async function nextRank(tx: Tx, professionalId: string, key: string, code: BillingCode, year: number): Promise<number> {
  const [row] = await tx.$queryRaw<{ count: number }[]>(Prisma.sql`
    INSERT INTO "BillingCounter" ("professionalId", "patientKey", "code", "year", "count")
    VALUES (${professionalId}::uuid, ${key}, ${code}::"BillingCode", ${year}, 1)
    ON CONFLICT ("professionalId", "patientKey", "code", "year") DO UPDATE SET "count" = "BillingCounter"."count" + 1
    RETURNING "count"`);
  if (!row) throw new Error('The billing counter returned no row');
  return row.count;
}

export interface ForecastAct {
  code: BillingCode;
  /** Who would bill it. */
  professionalId: string;
  amountCents: number;
  zone: TariffZone;
  reimbursable: boolean;
  reason: NonReimbursableReason | null;
}

/**
 * What signing a report today would bill, as things stand: advisory, since other reports for the
 * same patient may be signed before this one.
 */
export async function forecastActs(
  tx: Tx,
  parties: BillingParties,
  patient: BilledPatient | null,
  now: Date,
): Promise<ForecastAct[]> {
  const day = frenchDay(now);
  const acts = plannedActs(parties, day);
  const key = patient ? patientKey(patient) : null;
  const uncounted = uncountedReason(parties, key);
  if (uncounted || !key || acts.length === 0)
    return acts.map((act) => ({ ...act, reimbursable: uncounted === null, reason: uncounted }));
  const counters = await tx.billingCounter.findMany({
    where: {
      patientKey: key,
      year: Number(day.slice(0, 4)),
      OR: acts.map(({ professionalId, code }) => ({ professionalId, code })),
    },
    select: { professionalId: true, code: true, count: true },
  });
  const used = new Map(counters.map((counter) => [`${counter.professionalId}:${counter.code}`, counter.count]));
  return acts.map((act) => {
    const full = (used.get(`${act.professionalId}:${act.code}`) ?? 0) >= YEARLY_LIMIT;
    return { ...act, reimbursable: !full, reason: full ? NonReimbursableReason.YEARLY_LIMIT_REACHED : null };
  });
}

export interface ForecastInput {
  expertId: string;
  onBehalfOfId?: string | null;
  /** Null for an anonymized request. */
  patient?: Omit<PatientInput, 'treatingDoctorId'> | null;
}

/**
 * Before sending: what signing the request's report today would bill (forecastActs), checked as
 * createRequest checks the request (a live delegation, a listed expert, not oneself); traced as a read.
 */
export async function reimbursementForecast(
  prisma: PrismaClient,
  actorId: string,
  input: ForecastInput,
  now = new Date(),
): Promise<ForecastAct[]> {
  const checked = input.patient ? checkPatient({ ...input.patient, treatingDoctorId: null }, now) : null;
  const patient = checked && { ...checked, ins: checked.ins ?? null, birthDate: new Date(checked.birthDate) };
  const onBehalfOfId = inWhoseName(actorId, input.onBehalfOfId);
  if (onBehalfOfId) await liveDelegation(prisma, onBehalfOfId, actorId);
  const [expert, requester] = await Promise.all([
    prisma.professional.findFirst({
      where: { id: input.expertId, expertProfile: { is: { listed: true } } },
      select: BILLING_PARTY_SELECT,
    }),
    prisma.professional.findUniqueOrThrow({
      where: { id: onBehalfOfId ?? actorId },
      select: BILLING_PARTY_SELECT,
    }),
  ]);
  if (!expert) throw notFound('Expert');
  refuseSelfRequest(expert.id, { id: actorId, onBehalfOfId });
  const acts = await forecastActs(prisma, { expert, requester }, patient, now);
  await traceReads(prisma, { id: actorId, onBehalfOfId }, [
    {
      action: 'billing.forecast',
      entityType: 'Professional',
      entityId: expert.id,
      details: { anonymized: patient === null, reimbursable: acts.every((act) => act.reimbursable) },
    },
  ]);
  return acts;
}
