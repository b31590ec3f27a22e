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

async function refused(overrides: Parameters<typeof requestInput>[1], by: string = RPPS.requester) {
  const before = await server.db.prisma.teleexpertiseRequest.count();
  const response = await server.graphql(
    CreateRequestDocument,
    { input: await requestInput(server.db, overrides) },
    as(by),
  );
  expect(response.data?.createRequest ?? null).toBeNull();
  expect(await server.db.prisma.teleexpertiseRequest.count()).toBe(before);
  return response.errors?.[0];
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
    expect(await refused({ consent: { givenBy: 'PATIENT' } })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('collectedAt'),
    });
    expect(
      await refused({ consent: { givenBy: 'LEGAL_REPRESENTATIVE', collectedAt: '2099-01-01T00:00:00Z' } }),
    ).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await refused({ consent: { givenBy: 'NOT_COLLECTED' } })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('notCollectedReason'),
    });
    expect(await refused({ consent: { givenBy: 'NOT_COLLECTED', notCollectedReason: '   ' } })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });

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
    expect(await refused({ expertId: cardiologist, patient: null })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining("requires the patient's identity"),
    });
    const anonymized = await createRequest(server, RPPS.requester, { patient: null });
    expect(anonymized.patient).toBeNull();
  });

  it('checks the patient’s identity', async () => {
    expect(await refused({ patient: { ...patient, ins: '256037512345699' } })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('INS'),
    });
    expect(await refused({ patient: { ...patient, birthDate: '2999-01-01' } })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await refused({ patient: { ...patient, sex: 'X' } })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await refused({ patient: { ...patient, birthName: ' ' } })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const withDoctor = await createRequest(server, RPPS.requester, {
      patient: { ...patient, ins: null, treatingDoctorId: await professionalId(server.db, RPPS.colleague) },
    });
    expect(withDoctor.patient?.treatingDoctor?.id).toBe(await professionalId(server.db, RPPS.colleague));
  });

  it('does not find an expert who is not listed, and sends an EXTERNAL-tool expert’s requesters to the tool', async () => {
    expect(await refused({ expertId: await professionalId(server.db, RPPS.unlisted) })).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await refused({ expertId: await professionalId(server.db, RPPS.colleague) })).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await refused({ expertId: await professionalId(server.db, RPPS.externalTool) })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', externalUrl: 'https://retino.example-sante.fr/demande' },
    });
    expect(await refused({ question: '   ' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
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
    const withoutDelegation = await refused({ onBehalfOfId: martin }, RPPS.secretary);
    expect(withoutDelegation).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining('delegation'),
    });

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
    expect(await refused({ onBehalfOfId: martin }, RPPS.secretary)).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    // The delegate no longer sees what they sent in Dr Martin's name; Dr Martin still does.
    const gone = await server.graphql(RequestByIdDocument, { id: request.id }, as(RPPS.secretary));
    expect(gone.data?.node).toBeNull();
    expect(gone.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
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
    expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(
      await server.db.prisma.delegation.findUniqueOrThrow({ where: { id: rawId(granted.data!.grantDelegation.id) } }),
    ).toMatchObject({ revokedAt: null });
  });
});
