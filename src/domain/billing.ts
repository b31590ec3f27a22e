// Facturation (docs/rules.md#billing): the acts a signed report creates, the yearly limit, and the forecast before sending.
import { createHash } from 'node:crypto';
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import { BillingCode, NonReimbursableReason, type Profession } from '../generated/prisma/enums.ts';
import { traceReads, type Change, type Tx } from './changes.ts';
import { liveDelegation } from './delegations.ts';
import { notFound } from './errors.ts';
import { checkPatient, type PatientInput } from './patients.ts';
import { inWhoseName, refuseSelfRequest } from './requests.ts';
import { frenchDay, mayBill, tariffOn, YEARLY_LIMIT } from './tariffs.ts';

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
  YEARLY_LIMIT_REACHED: `The patient already had ${YEARLY_LIMIT} reimbursed acts of this code this calendar year`,
};

/** Who signs and who asked: the parties that may bill. */
export interface BillingParties {
  expert: { id: string; profession: Profession };
  /** The professional RQD is billed to: the one in whose name the request was made, else the requester. */
  requester: { id: string; profession: Profession };
}

interface PlannedAct {
  code: BillingCode;
  professionalId: string;
  amountCents: number;
}

/** The acts a report signed on `day` creates, before the limit is applied. */
function plannedActs(parties: BillingParties, day: string): PlannedAct[] {
  const acts: PlannedAct[] = [];
  if (mayBill(BillingCode.TE2, parties.expert.profession)) {
    acts.push({
      code: BillingCode.TE2,
      professionalId: parties.expert.id,
      amountCents: tariffOn(BillingCode.TE2, day),
    });
  }
  if (mayBill(BillingCode.RQD, parties.requester.profession)) {
    acts.push({
      code: BillingCode.RQD,
      professionalId: parties.requester.id,
      amountCents: tariffOn(BillingCode.RQD, day),
    });
  }
  return acts;
}

/**
 * Creates the acts of a report signed now. The yearly rank of each act comes from a counter row
 * incremented under its lock (INSERT … ON CONFLICT DO UPDATE … RETURNING), so that reports signed
 * at the same time for one patient get distinct ranks and exactly the first four are reimbursable.
 * Counters are always taken in the same order (TE2, then RQD), so concurrent signings cannot deadlock.
 */
export async function billSignedReport(
  c: Change,
  request: { id: string; reportId: string },
  parties: BillingParties,
  patient: BilledPatient | null,
): Promise<void> {
  const day = frenchDay(c.now);
  const key = patient ? patientKey(patient) : null;
  for (const act of plannedActs(parties, day)) {
    const rank = key ? await nextRank(c.tx, key, act.code, Number(day.slice(0, 4))) : null;
    const reason =
      rank === null
        ? NonReimbursableReason.ANONYMIZED_PATIENT
        : rank > YEARLY_LIMIT
          ? NonReimbursableReason.YEARLY_LIMIT_REACHED
          : null;
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
        reimbursable: reason === null,
        reason,
        yearlyRank: rank,
      },
    });
  }
}

async function nextRank(tx: Tx, key: string, code: BillingCode, year: number): Promise<number> {
  const [row] = await tx.$queryRaw<{ count: number }[]>(Prisma.sql`
    INSERT INTO "BillingCounter" ("patientKey", "code", "year", "count")
    VALUES (${key}, ${code}::"BillingCode", ${year}, 1)
    ON CONFLICT ("patientKey", "code", "year") DO UPDATE SET "count" = "BillingCounter"."count" + 1
    RETURNING "count"`);
  if (!row) throw new Error('The billing counter returned no row');
  return row.count;
}

export interface ForecastAct {
  code: BillingCode;
  professionalId: string;
  amountCents: number;
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
  if (!patient)
    return acts.map((act) => ({ ...act, reimbursable: false, reason: NonReimbursableReason.ANONYMIZED_PATIENT }));
  const counters = await tx.billingCounter.findMany({
    where: { patientKey: patientKey(patient), year: Number(day.slice(0, 4)) },
    select: { code: true, count: true },
  });
  const used = new Map(counters.map((counter) => [counter.code, counter.count]));
  return acts.map((act) => {
    const full = (used.get(act.code) ?? 0) >= YEARLY_LIMIT;
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
      select: { id: true, profession: true },
    }),
    prisma.professional.findUniqueOrThrow({
      where: { id: onBehalfOfId ?? actorId },
      select: { id: true, profession: true },
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
