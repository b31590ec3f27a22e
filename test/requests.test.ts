// Sending a request: consent, patient identity, the expert's choices, delegation, idempotency, the opening message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateRequestDocument,
  DelegationsDocument,
  GrantDelegationDocument,
  RequestByIdDocument,
  RevokeDelegationDocument,
} from './generated/graphql.ts';
import { createRequest, professionalId, RPPS, patient, rawId, requestInput } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const as = (rpps: string) => ({ rpps });

/** createRequest refused with `code`, and no request written; returns the error. */
async function refused(code: string, overrides: Parameters<typeof requestInput>[1], by: string = RPPS.requester) {
  const before = await server.db.prisma.teleexpertiseRequest.count();
  const response = await server.graphql(
    CreateRequestDocument,
    { input: await requestInput(server.db, overrides) },
    as(by),
  );
  const error = response.expectError(code);
  expect(await server.db.prisma.teleexpertiseRequest.count()).toBe(before);
  return error;
}

describe('createRequest', () => {
  it('sends the request, opens the conversation with the expert’s prerequisites, then the question', async () => {
    const request = await createRequest(server);
    expect(request).toMatchObject({
      status: 'SUBMITTED',
      viewerRole: 'REQUESTER',
      isOverdue: false,
      expert: { lastName: 'Rousseau' },
      requester: { lastName: 'Martin' },
      onBehalfOf: null,
      consent: { givenBy: 'PATIENT', collectedAt: '2026-11-20T09:30:00.000Z', notCollectedReason: null },
      patient: {
        birthName: 'Lefèvre',
        usedName: 'Girard',
        firstNames: 'Marie Jeanne',
        birthDate: '1956-03-14',
        sex: 'F',
        ins: '256037512345654',
      },
      allowedTransitions: ['INFO_REQUESTED', 'ACCEPTED', 'DECLINED', 'REPORTED', 'WITHDRAWN'],
    });
    const messages = request.messages.edges.map((edge) => edge.node);
    expect(messages.map((m) => [m.sequence, m.kind, m.author?.lastName])).toEqual([
      [1, 'PREREQUISITES', 'Rousseau'],
      [2, 'TEXT', 'Martin'],
    ]);
    expect(messages[0]!.body).toContain('Photo de la zone problématique');
    expect(messages[1]!.body).toBe(request.question);
    expect(request.lastMessage?.sequence).toBe(2);
    // The expert has 7 days to answer.
    expect(new Date(request.dueAt).getTime() - new Date(request.createdAt).getTime()).toBe(7 * 24 * 3600 * 1000);
  });

  it('says when an expert asks for nothing in particular', async () => {
    const request = await createRequest(server, RPPS.requester, {
      expertId: await professionalId(server.db, RPPS.rheumatologist),
    });
    expect(request.messages.edges[0]!.node).toMatchObject({
      kind: 'PREREQUISITES',
      body: expect.stringContaining('No particular prerequisites'),
    });
  });

  it('requires consent collected with a time, or the reason it was not', async () => {
    expect((await refused('BAD_USER_INPUT', { consent: { givenBy: 'PATIENT' } })).message).toContain('collectedAt');
    await refused('BAD_USER_INPUT', {
      consent: { givenBy: 'LEGAL_REPRESENTATIVE', collectedAt: '2099-01-01T00:00:00Z' },
    });
    expect((await refused('BAD_USER_INPUT', { consent: { givenBy: 'NOT_COLLECTED' } })).message).toContain(
      'notCollectedReason',
    );
    await refused('BAD_USER_INPUT', { consent: { givenBy: 'NOT_COLLECTED', notCollectedReason: '   ' } });

    const emergency = await createRequest(server, RPPS.requester, {
      consent: { givenBy: 'NOT_COLLECTED', notCollectedReason: 'Patient inconscient, urgence' },
    });
    expect(emergency.consent).toEqual({
      givenBy: 'NOT_COLLECTED',
      collectedAt: null,
      notCollectedReason: 'Patient inconscient, urgence',
    });
    const representative = await createRequest(server, RPPS.requester, {
      consent: { givenBy: 'LEGAL_REPRESENTATIVE', collectedAt: '2026-11-21T10:00:00Z' },
    });
    expect(representative.consent.givenBy).toBe('LEGAL_REPRESENTATIVE');
  });

  it('requires the patient’s identity when the expert does, and accepts an anonymized patient when the expert allows it', async () => {
    const cardiologist = await professionalId(server.db, RPPS.cardiologist);
    expect((await refused('BAD_USER_INPUT', { expertId: cardiologist, patient: null })).message).toContain(
      "requires the patient's identity",
    );
    const anonymized = await createRequest(server, RPPS.requester, { patient: null });
    expect(anonymized.patient).toBeNull();
  });

  it('checks the patient’s identity', async () => {
    expect((await refused('BAD_USER_INPUT', { patient: { ...patient, ins: '256037512345699' } })).message).toContain(
      'INS',
    );
    await refused('BAD_USER_INPUT', { patient: { ...patient, birthDate: '2999-01-01' } });
    await refused('BAD_USER_INPUT', { patient: { ...patient, sex: 'X' } });
    await refused('BAD_USER_INPUT', { patient: { ...patient, birthName: ' ' } });
    const withDoctor = await createRequest(server, RPPS.requester, {
      patient: { ...patient, ins: null, treatingDoctorId: await professionalId(server.db, RPPS.colleague) },
    });
    expect(withDoctor.patient?.treatingDoctor?.id).toBe(await professionalId(server.db, RPPS.colleague));
  });

  it('does not find an expert who is not listed, and sends an EXTERNAL-tool expert’s requesters to the tool', async () => {
    await refused('NOT_FOUND', { expertId: await professionalId(server.db, RPPS.unlisted) });
    await refused('NOT_FOUND', { expertId: await professionalId(server.db, RPPS.colleague) });
    expect(
      (await refused('BAD_USER_INPUT', { expertId: await professionalId(server.db, RPPS.externalTool) })).extensions,
    ).toMatchObject({ externalUrl: 'https://retino.example-sante.fr/demande' });
    await refused('BAD_USER_INPUT', { question: '   ' });
  });

  it('returns the first request when retried with the same clientRequestId, even twice at once', async () => {
    const input = await requestInput(server.db, { clientRequestId: 'retry-7f3a' });
    const first = await server.graphql(CreateRequestDocument, { input }, as(RPPS.requester));
    const again = await Promise.all(
      [1, 2].map(() => server.graphql(CreateRequestDocument, { input }, as(RPPS.requester))),
    );
    expect(again.map((r) => r.data?.createRequest.id)).toEqual([
      first.data?.createRequest.id,
      first.data?.createRequest.id,
    ]);
    expect(await server.db.prisma.teleexpertiseRequest.count({ where: { clientRequestId: 'retry-7f3a' } })).toBe(1);
    expect(await server.db.prisma.message.count({ where: { requestId: rawId(first.data!.createRequest.id) } })).toBe(2);

    const race = await requestInput(server.db, { clientRequestId: 'race-91c2' });
    const results = await Promise.all(
      [1, 2, 3].map(() => server.graphql(CreateRequestDocument, { input: race }, as(RPPS.requester))),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(new Set(results.map((r) => r.data?.createRequest.id)).size).toBe(1);
    expect(await server.db.prisma.teleexpertiseRequest.count({ where: { clientRequestId: 'race-91c2' } })).toBe(1);
  });
});

describe('delegation', () => {
  it('lets a delegate send in the delegator’s name while the delegation is live, and not after', async () => {
    const martin = await professionalId(server.db, RPPS.requester);
    const secretary = await professionalId(server.db, RPPS.secretary);
    const withoutDelegation = await refused('FORBIDDEN', { onBehalfOfId: martin }, RPPS.secretary);
    expect(withoutDelegation.message).toContain('delegation');

    const granted = await server.graphql(GrantDelegationDocument, { delegateId: secretary }, as(RPPS.requester));
    expect(granted.data?.grantDelegation).toMatchObject({
      live: true,
      delegator: { id: martin },
      delegate: { id: secretary },
    });
    const twice = await server.graphql(GrantDelegationDocument, { delegateId: secretary }, as(RPPS.requester));
    expect(twice.data?.grantDelegation.id).toBe(granted.data?.grantDelegation.id);
    const seen = await server.graphql(DelegationsDocument, {}, as(RPPS.secretary));
    expect(seen.data?.delegations.map((d) => d.id)).toEqual([granted.data?.grantDelegation.id]);

    const request = await createRequest(server, RPPS.secretary, { onBehalfOfId: martin });
    expect(request).toMatchObject({
      requester: { lastName: 'Fournier' },
      onBehalfOf: { lastName: 'Martin' },
      viewerRole: 'REQUESTER',
    });
    // The professional in whose name it was made sees it too.
    const byMartin = await server.graphql(RequestByIdDocument, { id: request.id }, as(RPPS.requester));
    expect(byMartin.data?.node).toMatchObject({ id: request.id, viewerRole: 'REQUESTER' });

    const revoked = await server.graphql(
      RevokeDelegationDocument,
      { id: granted.data!.grantDelegation.id },
      as(RPPS.requester),
    );
    expect(revoked.data?.revokeDelegation).toMatchObject({ live: false, revokedAt: expect.any(String) });
    await refused('FORBIDDEN', { onBehalfOfId: martin }, RPPS.secretary);
    // The delegate no longer sees what they sent in Dr Martin's name; Dr Martin still does.
    const gone = await server.graphql(RequestByIdDocument, { id: request.id }, as(RPPS.secretary));
    expect(gone.data?.node).toBeNull();
    gone.expectError('NOT_FOUND');
    expect((await server.graphql(RequestByIdDocument, { id: request.id }, as(RPPS.requester))).data?.node?.id).toBe(
      request.id,
    );
  });

  it('refuses to revoke someone else’s delegation as if it did not exist', async () => {
    const granted = await server.graphql(
      GrantDelegationDocument,
      { delegateId: await professionalId(server.db, RPPS.secretary) },
      as(RPPS.colleague),
    );
    const response = await server.graphql(
      RevokeDelegationDocument,
      { id: granted.data!.grantDelegation.id },
      as(RPPS.outsider),
    );
    response.expectError('NOT_FOUND');
    expect(
      await server.db.prisma.delegation.findUniqueOrThrow({ where: { id: rawId(granted.data!.grantDelegation.id) } }),
    ).toMatchObject({ revokedAt: null });
  });
});
