// No N+1: the inbox page and a conversation page each take a fixed number of SQL statements, whatever the page size.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ConversationDocument, InboxDocument, PostMessageDocument } from './generated/graphql.ts';
import { createRequest, files, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
let conversationId: string;
beforeAll(async () => {
  server = await startTestServer();
  for (let i = 0; i < 21; i += 1) await createRequest(server, RPPS.colleague);
  const request = await createRequest(server, RPPS.colleague);
  conversationId = request.id;
  // 2 opening messages + 50: every author appears, and every fifth message carries two files.
  for (let i = 0; i < 50; i += 1) {
    const input = { requestId: request.id, body: `message ${i}` };
    const as = { rpps: i % 2 ? RPPS.expert : RPPS.colleague };
    if (i % 5 === 0) {
      await server.upload(PostMessageDocument, { input: { ...input, attachments: [null as never, null as never] } }, { 'input.attachments.0': files.png(), 'input.attachments.1': files.pdf() }, as);
    } else {
      await server.graphql(PostMessageDocument, { input }, as);
    }
  }
});
afterAll(() => server?.stop());

it('reads an inbox page of 20 requests with parties, patient, last message and unread count in as many statements as a page of 5', async () => {
  const read = (first: number) => server.statements(() => server.graphql(InboxDocument, { first }, { rpps: RPPS.colleague }));
  const many = await read(20);
  const few = await read(5);
  const edges = many.result.data!.requests.edges;
  expect(edges).toHaveLength(20);
  expect(edges.every((e) => e.node.expert.lastName && e.node.requester.lastName && e.node.patient?.birthName && e.node.lastMessage)).toBe(true);
  // The expert's prerequisites and 25 replies.
  expect(edges[0]!.node.unreadCount).toBe(26);
  // Authentication, the page with its relations joined, the unread counts, the trace of the patient reads.
  expect(many.statements).toHaveLength(4);
  expect(few.statements).toHaveLength(4);
});

it('reads a conversation page of 50 messages with authors and attachments in as many statements as a page of 10', async () => {
  const read = (first: number) => server.statements(() => server.graphql(ConversationDocument, { id: conversationId, first }, { rpps: RPPS.expert }));
  const many = await read(50);
  const few = await read(10);
  const messages = (many.result.data!.node as { messages: { edges: { node: { author: unknown; attachments: unknown[] } }[] } }).messages.edges;
  expect(messages).toHaveLength(50);
  expect(messages.every((m) => m.node.author !== null)).toBe(true);
  expect(messages.flatMap((m) => m.node.attachments)).toHaveLength(20);
  // Authentication, and the request with its page of messages, their authors and attachments joined.
  expect(many.statements).toHaveLength(few.statements.length);
  expect(many.statements).toHaveLength(2);
});
