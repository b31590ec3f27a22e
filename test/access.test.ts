// Nobody sees what is not theirs: an outsider walks every path to a request and finds nothing, and changes nothing.
import { expect } from 'vitest';
import {
  AcceptRequestDocument,
  AttachmentByIdDocument,
  DeclineRequestDocument,
  InboxDocument,
  MarkReadDocument,
  MessageByIdDocument,
  NodesDocument,
  PostMessageDocument,
  RequestByIdDocument,
  RequestInformationDocument,
  RevokeDelegationDocument,
  WithdrawRequestDocument,
} from './generated/graphql.ts';
import { http } from './kit/graphql.ts';
import { createRequest, inDays, files, professionalId, RPPS, grantDelegation } from './kit/requests.ts';
import { test } from './kit/fixtures.ts';

const outsider = { rpps: RPPS.outsider };

test('an outsider gets NOT_FOUND through every path, exactly as for an id that does not exist', async ({ server }) => {
  const request = await createRequest(server);
  const posted = await server.upload(
    PostMessageDocument,
    { input: { requestId: request.id, body: 'Photo', attachments: [null as never] } },
    { 'input.attachments.0': files.png() },
    { rpps: RPPS.requester },
  );
  const message = posted.data!.postMessage;
  const attachment = message.attachments[0]!;
  const delegation = await grantDelegation(server, RPPS.requester, RPPS.secretary);
  const missing = Buffer.from('TeleexpertiseRequest:00000000-0000-7000-8000-000000000000').toString('base64');

  const writes = async () => ({
    messages: await server.db.prisma.message.count(),
    audit: await server.db.prisma.auditEvent.count({ where: { action: { not: 'patient.read' } } }),
    readMarks: await server.db.prisma.readMark.count(),
  });
  const before = await writes();

  // Reads by id: the same answer as for an id that was never issued.
  for (const id of [request.id, message.id, attachment.id, missing]) {
    const response = await server.graphql(RequestByIdDocument, { id }, outsider);
    expect(response.data?.node ?? null).toBeNull();
    response.expectError('NOT_FOUND');
  }
  (await server.graphql(MessageByIdDocument, { id: message.id }, outsider)).expectError('NOT_FOUND');
  (await server.graphql(AttachmentByIdDocument, { id: attachment.id }, outsider)).expectError('NOT_FOUND');
  const many = await server.graphql(NodesDocument, { ids: [request.id, message.id, attachment.id] }, outsider);
  expect(many.data?.nodes).toEqual([null, null, null]);
  expect(many.errors?.map((e) => [e.extensions?.['code'], e.path])).toEqual([
    ['NOT_FOUND', ['nodes', 0]],
    ['NOT_FOUND', ['nodes', 1]],
    ['NOT_FOUND', ['nodes', 2]],
  ]);
  (await server.graphql(RevokeDelegationDocument, { id: delegation.id }, outsider)).expectError('NOT_FOUND');

  // Lists.
  const inbox = await server.graphql(InboxDocument, { first: 100 }, outsider);
  expect(inbox.data?.requests.edges).toEqual([]);

  // Every mutation on the request.
  (
    await server.graphql(PostMessageDocument, { input: { requestId: request.id, body: 'Bonjour' } }, outsider)
  ).expectError('NOT_FOUND');
  (await server.graphql(MarkReadDocument, { requestId: request.id, upTo: message.id }, outsider)).expectError(
    'NOT_FOUND',
  );
  (await server.graphql(RequestInformationDocument, { requestId: request.id, message: '?' }, outsider)).expectError(
    'NOT_FOUND',
  );
  (
    await server.graphql(AcceptRequestDocument, { requestId: request.id, responseDueAt: inDays(2) }, outsider)
  ).expectError('NOT_FOUND');
  (await server.graphql(DeclineRequestDocument, { requestId: request.id, reason: 'Non' }, outsider)).expectError(
    'NOT_FOUND',
  );
  (await server.graphql(WithdrawRequestDocument, { requestId: request.id }, outsider)).expectError('NOT_FOUND');
  const upload = await server.upload(
    PostMessageDocument,
    { input: { requestId: request.id, body: 'x', attachments: [null as never] } },
    { 'input.attachments.0': files.png() },
    outsider,
  );
  upload.expectError('NOT_FOUND');

  // The file URL of a participant, once it is forged for another file.
  const url = new URL(attachment.url);
  url.pathname = `/files/${Buffer.from(request.id, 'base64').toString().split(':')[1]}`;
  expect((await http(url)).status).toBe(404);

  expect(await writes()).toEqual(before);
  // The participants still see it all.
  for (const rpps of [RPPS.requester, RPPS.expert]) {
    const response = await server.graphql(RequestByIdDocument, { id: request.id }, { rpps });
    response.expectData();
    expect(response.data?.node?.id).toBe(request.id);
  }
});
