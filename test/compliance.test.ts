// The HAS patient-tracer grid of a request, computed from its own trace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AcceptRequestDocument,
  ComplianceDocument,
  DeclineRequestDocument,
  PostMessageDocument,
} from './generated/graphql.ts';
import { freshPatient, signReport } from './kit/reports.ts';
import { createRequest, files, inDays, professionalId, rawId, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const expert = { rpps: RPPS.expert };

async function grid(requestId: string, rpps: string = RPPS.requester) {
  const response = await server.graphql(ComplianceDocument, { id: requestId }, { rpps });
  const { node } = response.expectData();
  if (node?.__typename !== 'TeleexpertiseRequest') throw new Error('not a request');
  const items = Object.fromEntries(
    node.compliance.parts.flatMap((part) => part.items.map((item) => [item.code, item])),
  );
  return { ...node.compliance, items };
}

describe('the compliance grid', () => {
  it('is complete for a request documented, accepted with a deadline, reported in time and transmitted, each item with its trace', async () => {
    const treatingDoctorId = await professionalId(server.db, RPPS.colleague);
    const request = await createRequest(server, RPPS.requester, { patient: freshPatient({ treatingDoctorId }) });
    await server.upload(
      PostMessageDocument,
      { input: { requestId: request.id, body: 'Photo jointe.', attachments: [null] } },
      { 'input.attachments.0': files.png() },
      { rpps: RPPS.requester },
    );

    const open = await grid(request.id);
    expect(open.complete).toBe(false);
    expect(open.items['DEADLINE_SET']).toMatchObject({ status: 'PENDING' });
    expect(open.items['REPORT_WRITTEN_IN_TIME']).toMatchObject({ status: 'PENDING' });

    await server.graphql(AcceptRequestDocument, { requestId: request.id, responseDueAt: inDays(3) }, expert);
    await signReport(server, request.id);
    const done = await grid(request.id, RPPS.expert);
    expect(done.parts.map((part) => part.part)).toEqual(['REQUEST', 'PREPARATION', 'REALISATION', 'CONCLUSION']);
    expect(done.complete).toBe(true);
    expect(done.notAssessed.length).toBeGreaterThan(0);
    const evidence = (code: string) =>
      (done.items[code]!.evidence as { action: string }[]).map((entry) => entry.action);
    expect(done.items['CONSENT_TRACED']).toMatchObject({ status: 'SATISFIED', satisfied: true });
    expect(evidence('CONSENT_TRACED')).toEqual(['consent.record']);
    expect(done.items['CONSENT_TRACED']!.evidence[0]!.actor).toMatchObject({ lastName: 'Martin' });
    expect(evidence('FEASIBILITY_DOCUMENTED')).toEqual(['request.create', 'patient.record']);
    expect(done.items['DATA_SENT']).toMatchObject({
      status: 'SATISFIED',
      explanation: 'The requester sent 1 document(s)',
    });
    expect(evidence('DEADLINE_SET')).toEqual(['request.status']);
    expect(done.items['OPINION_GIVEN']).toMatchObject({ status: 'SATISFIED' });
    expect(done.items['REFUSAL_JUSTIFIED']).toMatchObject({ status: 'NOT_APPLICABLE' });
    expect(done.items['REPORT_WRITTEN_IN_TIME']).toMatchObject({ status: 'SATISFIED' });
    expect(evidence('REPORT_TRANSMITTED_TO_REQUESTER')).toEqual(['report.transmit']);
    expect(done.items['REPORT_TRANSMITTED_TO_TREATING_DOCTOR']).toMatchObject({ status: 'SATISFIED' });
    expect(done.items['REPORT_TRANSMITTED_TO_TREATING_DOCTOR']!.label).toContain('médecin traitant');
  });

  it('shows a justified refusal, and what no longer applies', async () => {
    const request = await createRequest(server);
    await server.graphql(
      DeclineRequestDocument,
      { requestId: request.id, reason: 'Hors de mon champ : orientez vers un chirurgien.' },
      expert,
    );
    const declined = await grid(request.id);
    expect(declined.items['REFUSAL_JUSTIFIED']).toMatchObject({ status: 'SATISFIED' });
    expect(declined.items['REFUSAL_JUSTIFIED']!.evidence.map((entry) => entry.action)).toEqual(['request.status']);
    for (const code of [
      'DEADLINE_SET',
      'OPINION_GIVEN',
      'REPORT_WRITTEN_IN_TIME',
      'REPORT_TRANSMITTED_TO_REQUESTER',
      'REPORT_TRANSMITTED_TO_TREATING_DOCTOR',
    ]) {
      expect(declined.items[code]).toMatchObject({ status: 'NOT_APPLICABLE' });
    }
    // No document was ever sent: a gap the grid shows.
    expect(declined.items['DATA_SENT']).toMatchObject({ status: 'NOT_SATISFIED' });
    expect(declined.complete).toBe(false);
  });

  it('flags a deadline missed and a report signed late', async () => {
    const overdue = await createRequest(server);
    await server.db.prisma.teleexpertiseRequest.update({
      where: { id: rawId(overdue.id) },
      data: { dueAt: new Date(Date.now() - 3600_000) },
    });
    expect((await grid(overdue.id)).items['REPORT_WRITTEN_IN_TIME']).toMatchObject({ status: 'NOT_SATISFIED' });

    await signReport(server, overdue.id);
    const late = await grid(overdue.id);
    expect(late.items['REPORT_WRITTEN_IN_TIME']).toMatchObject({ status: 'NOT_SATISFIED' });
    expect(late.items['REPORT_WRITTEN_IN_TIME']!.explanation).toMatch(/after the deadline/);
    // A direct answer after the deadline does not stand for a deadline set.
    expect(late.items['DEADLINE_SET']).toMatchObject({ status: 'NOT_SATISFIED' });
    // The grid asks the transmission for patients who have a treating doctor.
    expect(late.items['REPORT_TRANSMITTED_TO_TREATING_DOCTOR']).toMatchObject({
      status: 'NOT_APPLICABLE',
      explanation: 'No treating doctor is recorded for this patient',
    });
    expect(late.items['REPORT_TRANSMITTED_TO_REQUESTER']).toMatchObject({ status: 'SATISFIED' });
  });

  it('is the participants’ only', async () => {
    const request = await createRequest(server);
    const outsider = await server.graphql(ComplianceDocument, { id: request.id }, { rpps: RPPS.outsider });
    outsider.expectError('NOT_FOUND');
  });
});
