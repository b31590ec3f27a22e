// Billing a signature at a chosen moment, as submitReport's billing step runs it: for the dated rules (tariffs, years).
import { billSignedReport, type BillingParty } from '../../src/domain/billing.ts';
import { Change } from '../../src/domain/changes.ts';
import type { PatientInput } from '../generated/graphql.ts';
import { freshPatient } from './reports.ts';
import { createRequest, rawId, RPPS } from './requests.ts';
import type { TestServer } from './server.ts';

/** A new request of the demonstration requester for `patient`, its report signed at `at` by `parties.expert`, billed; its acts, TE2 first. */
export async function billSignatureAt(
  server: TestServer,
  at: string,
  parties: { expert: BillingParty; requester: BillingParty },
  patient: PatientInput = freshPatient(),
) {
  const request = rawId((await createRequest(server, RPPS.requester, { patient })).id);
  await server.db.prisma.$transaction(async (tx) => {
    const now = new Date(at);
    const report = await tx.report.create({
      data: {
        requestId: request,
        version: 1,
        conclusion: 'Avis.',
        followUp: 'NONE',
        authorId: parties.expert.id,
        signedAt: now,
      },
    });
    const change = new Change(tx, { id: parties.expert.id }, now);
    await billSignedReport(change, { id: request, reportId: report.id }, parties, {
      ...patient,
      ins: patient.ins ?? null,
      birthDate: new Date(patient.birthDate),
    });
    const audit = change.takeAudit();
    if (audit) await tx.$executeRaw(audit);
  });
  return server.db.prisma.billingAct.findMany({ where: { requestId: request }, orderBy: { code: 'asc' } });
}
