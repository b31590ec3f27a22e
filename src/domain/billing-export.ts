// The billing export (docs/rules.md#billing-export): a professional's acts for a period, as a CSV that French
// spreadsheets and billing tools open as is.
import { stringify } from 'csv-stringify/sync';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { BillingStatus, NonReimbursableReason } from '../generated/prisma/enums.ts';
import { actsOwner, billingActsQuery } from './billing-worklist.ts';
import { traceReads } from './changes.ts';
import { badInput, DomainError } from './errors.ts';
import { YEARLY_LIMIT } from './tariffs.ts';

const MAX_PERIOD_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface Period {
  from: Date;
  to: Date;
  /** `YYYY-MM-DD_YYYY-MM-DD`: names the export's URL and file. */
  name: string;
}

/** A period of whole days, `from` and `to` included, of at most a year. */
export function checkPeriod(from: Date, to: Date): Period {
  if (to.getTime() < from.getTime()) throw badInput('to is before from: give the first and the last day of the period');
  if ((to.getTime() - from.getTime()) / DAY_MS >= MAX_PERIOD_DAYS)
    throw badInput(`The period is longer than ${MAX_PERIOD_DAYS} days: export it in parts`);
  return { from, to, name: `${isoDay(from)}_${isoDay(to)}` };
}

/** What a signed export URL names: the period, and whose acts when a delegate asked for another's (`<id>/<period>`). */
export function exportPath(period: Period, professionalId?: string | null): string {
  return `billing-acts/${professionalId ? `${professionalId}/` : ''}${period.name}.csv`;
}

/** The professional and period of an export path's key (`[<id>/]<period>`), or undefined when it names none. */
export function parseExportKey(key: string): { professionalId: string | null; period: Period } | undefined {
  const slash = key.lastIndexOf('/');
  const period = parsePeriod(key.slice(slash + 1));
  return period && { professionalId: slash < 0 ? null : key.slice(0, slash).toLowerCase(), period };
}

/** The period a signed export URL names, or undefined when the name is not one. */
export function parsePeriod(name: string): Period | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/.exec(name);
  if (!match) return undefined;
  const from = new Date(`${match[1]}T00:00:00Z`);
  const to = new Date(`${match[2]}T00:00:00Z`);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return undefined;
  return { from, to, name };
}

const isoDay = (day: Date) => day.toISOString().slice(0, 10);
/** DD/MM/YYYY: what a French spreadsheet reads as a date. */
const frenchDate = (day: Date) => isoDay(day).split('-').reverse().join('/');
/** 23,00: a number for a French spreadsheet (a point would make it text). */
const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

const REASON_FR: Record<NonReimbursableReason, string> = {
  ANONYMIZED_PATIENT: 'Patient anonymisé : acte non facturable à l’Assurance Maladie',
  YEARLY_LIMIT_REACHED: `Limite de ${YEARLY_LIMIT} actes par an, par professionnel, pour ce patient atteinte`,
  SAME_PRACTICE_STRUCTURE: 'Requérant et requis exercent dans la même structure (même site) : acte non facturable',
};

/** The billing office's words for each status. */
const STATUS_FR: Record<BillingStatus, string> = {
  TO_BILL: 'À facturer',
  TRANSMITTED: 'Transmis',
  PAID: 'Payé',
  REJECTED: 'Rejeté',
};

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a control character first) is
 * prefixed with an apostrophe: patient names and reasons come from users.
 */
function cell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const COLUMNS = [
  'Date de l’acte',
  'Code',
  'Montant (EUR)',
  'Patient',
  'Demande',
  'Remboursable',
  'Motif',
  'Statut',
  'Motif du rejet',
];

/**
 * The CSV of a professional's acts dated in the period, oldest first, for the professional or their live delegate
 * (anyone else: undefined, which the download answers 404); traced, as it names patients.
 */
export async function billingCsv(
  prisma: PrismaClient,
  viewerId: string,
  professionalId: string | null,
  period: Period,
): Promise<string | undefined> {
  const owner = await actsOwner(prisma, viewerId, professionalId).catch((error: unknown) => {
    if (error instanceof DomainError) return undefined;
    throw error;
  });
  if (!owner) return undefined;
  const acts = await prisma.billingAct.findMany({
    ...billingActsQuery(owner, period),
    select: {
      id: true,
      code: true,
      amountCents: true,
      actDate: true,
      reimbursable: true,
      reason: true,
      status: true,
      rejectionReason: true,
      requestId: true,
      request: {
        select: {
          patient: { select: { birthName: true, usedName: true, firstNames: true, birthDate: true, ins: true } },
        },
      },
    },
  });
  await traceReads(prisma, owner, [
    {
      action: 'billing.export',
      entityType: 'Professional',
      entityId: owner.onBehalfOfId ?? owner.id,
      details: { from: isoDay(period.from), to: isoDay(period.to), acts: acts.length },
    },
  ]);
  const rows = acts.map((act) => {
    const patient = act.request.patient;
    const who = patient
      ? `${patient.usedName ?? patient.birthName} ${patient.firstNames}${patient.usedName ? ` (né·e ${patient.birthName})` : ''}, ${frenchDate(patient.birthDate)}${patient.ins ? `, INS ${patient.ins}` : ''}`
      : 'Patient anonymisé';
    return [
      frenchDate(act.actDate),
      act.code,
      euros(act.amountCents),
      cell(who),
      Buffer.from(`TeleexpertiseRequest:${act.requestId}`).toString('base64'),
      act.reimbursable ? 'oui' : 'non',
      act.reason ? REASON_FR[act.reason] : '',
      STATUS_FR[act.status],
      cell(act.rejectionReason ?? ''),
    ];
  });
  return stringify([COLUMNS, ...rows], { delimiter: ';', record_delimiter: 'windows', bom: true });
}
