// No N+1: the inbox page and a conversation page each take a fixed number of SQL statements, whatever the page size,
// and a conversation page reads the messages it returns, not the whole conversation.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isTransactionControl } from '../src/db/statement-log.ts';
import { recountAll } from '../src/domain/unread.ts';
import { Prisma } from '../src/generated/prisma/client.ts';
import {
  ConversationDocument,
  InboxDocument,
  PostMessageDocument,
  type ConversationQuery,
  type ConversationQueryVariables,
} from './generated/graphql.ts';
import { createRequest, files, rawId, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

/** Messages in the long conversation: many pages of 50. */
const LONG_CONVERSATION = 400;

let server: TestServer;
let conversationId: string;
let longConversationId: string;
beforeAll(async () => {
  server = await startTestServer();
  recordStatementsWithParameters(server);
  for (let i = 0; i < 21; i += 1) await createRequest(server, RPPS.colleague);
  const request = await createRequest(server, RPPS.colleague);
  conversationId = request.id;
  // 2 opening messages + 50: every author appears, and every fifth message carries two files.
  for (let i = 0; i < 50; i += 1) {
    const input = { requestId: request.id, body: `message ${i}` };
    const as = { rpps: i % 2 ? RPPS.expert : RPPS.colleague };
    if (i % 5 === 0) {
      await server.upload(
        PostMessageDocument,
        { input: { ...input, attachments: [null as never, null as never] } },
        { 'input.attachments.0': files.png(), 'input.attachments.1': files.pdf() },
        as,
      );
    } else {
      await server.graphql(PostMessageDocument, { input }, as);
    }
  }
  longConversationId = (await createRequest(server, RPPS.colleague)).id;
  await lengthen(longConversationId, LONG_CONVERSATION);
  // Statistics, as a database in service has them: PostgreSQL knows that a conversation is a few messages
  // long on average, and plans a page of one by that (without them it guesses, sometimes luckily).
  await server.db.prisma.$executeRawUnsafe('ANALYZE');
});
afterAll(() => server?.stop());

it('reads an inbox page of 20 requests with parties, patient, last message and unread count in as many statements as a page of 5', async () => {
  const read = (first: number) =>
    server.statements(() => server.graphql(InboxDocument, { first }, { rpps: RPPS.colleague }));
  await read(1);
  const many = await read(20);
  const few = await read(5);
  const edges = many.result.data!.requests.edges;
  expect(edges).toHaveLength(20);
  expect(
    edges.every(
      (e) => e.node.expert?.lastName && e.node.requester.lastName && e.node.patient?.birthName && e.node.lastMessage,
    ),
  ).toBe(true);
  // The expert's prerequisites and 25 replies.
  expect(edges.find((e) => e.node.id === conversationId)!.node.unreadCount).toBe(26);
  // Written around the conversation and recounted (recountAll): the prerequisites and the expert's 199 odd-numbered messages from 3 to 399.
  expect(edges.find((e) => e.node.id === longConversationId)!.node.unreadCount).toBe(200);
  // The page's ids (along the caller's indexes), its requests with their relations joined and the caller's
  // unread counts kept on them, the trace of the patient reads (the caller's token is known already).
  expect(many.statements).toHaveLength(3);
  expect(few.statements).toHaveLength(3);

  // Backward, the same statements: the same scans in the opposite order.
  const ids = edges.map((e) => e.node.id);
  const readBack = (variables: { last: number; before?: string }) =>
    server.statements(() => server.graphql(InboxDocument, variables, { rpps: RPPS.colleague }));
  const end = await readBack({ last: 20 });
  const before = await readBack({ last: 5, before: edges[10]!.cursor });
  expect(before.result.data!.requests.edges.map((e) => e.node.id)).toEqual(ids.slice(5, 10));
  expect(end.result.data!.requests.edges).toHaveLength(20);
  expect(end.statements).toHaveLength(3);
  expect(before.statements).toHaveLength(3);
});

it('reads a conversation page of 50 messages with authors and attachments in as many statements as a page of 10', async () => {
  const read = (first: number) =>
    server.statements(() => server.graphql(ConversationDocument, { id: conversationId, first }, { rpps: RPPS.expert }));
  await read(1);
  const many = await read(50);
  const few = await read(10);
  const messages = (
    many.result.data!.node as { messages: { edges: { node: { author: unknown; attachments: unknown[] } }[] } }
  ).messages.edges;
  expect(messages).toHaveLength(50);
  expect(messages.every((m) => m.node.author !== null)).toBe(true);
  expect(messages.flatMap((m) => m.node.attachments)).toHaveLength(20);
  // The request (with the check that the caller takes part), and its page of messages with their authors and attachments joined.
  expect(many.statements).toHaveLength(few.statements.length);
  expect(many.statements).toHaveLength(2);
});

it('reads the latest 50 messages of a long conversation, and a page before them, without reading the rest of it', async () => {
  const latest = await measure({ id: longConversationId, last: 50 });
  const fewer = await measure({ id: longConversationId, last: 10 });
  const page = latest.connection;
  expect(page.edges.map((e) => e.node.sequence)).toEqual(range(LONG_CONVERSATION - 49, LONG_CONVERSATION));
  expect(page.pageInfo.hasPreviousPage).toBe(true);
  expect(page.edges.flatMap((e) => e.node.attachments)).toHaveLength(20);
  expect(latest.statements).toBe(fewer.statements);
  expect(latest.statements).toBe(2);
  // What PostgreSQL read (request, messages, authors, attachments) is what the response holds, give or take the one
  // message that tells whether there is a previous page: not the 400 messages with their authors and files.
  expect(latest.rowsRead).toBeLessThanOrEqual(1.1 * latest.records);

  const before = await measure({ id: longConversationId, last: 50, before: page.pageInfo.startCursor });
  expect(before.connection.edges.map((e) => e.node.sequence)).toEqual(
    range(LONG_CONVERSATION - 99, LONG_CONVERSATION - 50),
  );
  expect(before.statements).toBe(2);
  expect(before.rowsRead).toBeLessThanOrEqual(1.1 * before.records);

  const after = await measure({ id: longConversationId, first: 50, after: before.connection.edges[9]!.cursor });
  expect(after.connection.edges.map((e) => e.node.sequence)).toEqual(
    range(LONG_CONVERSATION - 89, LONG_CONVERSATION - 40),
  );
  expect(after.statements).toBe(2);
  expect(after.rowsRead).toBeLessThanOrEqual(1.1 * after.records);
});

it('reads the messages of every request of an inbox page in as many statements for 20 requests as for 5', async () => {
  for (const messages of ['first: 3', 'last: 3']) {
    const document = parse(`query InboxWithMessages($first: Int) {
      requests(first: $first) { edges { node { id messages(${messages}) { edges { node { id sequence author { id lastName } attachments { id fileName } } } } } } }
    }`) as TypedDocumentNode<
      { requests: { edges: { node: { id: string; messages: { edges: { node: { sequence: number } }[] } } }[] } },
      { first: number }
    >;
    const read = (first: number) =>
      server.statements(() => server.graphql(document, { first }, { rpps: RPPS.colleague }));
    const many = await read(20);
    const few = await read(5);
    const edges = many.result.data!.requests.edges;
    expect(edges).toHaveLength(20);
    const long = edges.find((e) => e.node.id === longConversationId)!.node.messages.edges.map((e) => e.node.sequence);
    expect(long).toEqual(messages === 'first: 3' ? [1, 2, 3] : range(LONG_CONVERSATION - 2, LONG_CONVERSATION));
    expect(edges.every((e) => e.node.messages.edges.length > 0)).toBe(true);
    // The page's ids (along the caller's indexes), its requests, then the messages of all of them.
    expect(many.statements).toHaveLength(few.statements.length);
    expect(many.statements).toHaveLength(3);
  }
});

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/**
 * Makes a request's conversation `total` messages long, written straight to the database as postMessage
 * would (posting hundreds through the API takes long): numbered on, the two parties in turn, two files on
 * every fifth.
 */
async function lengthen(requestId: string, total: number) {
  const { prisma } = server.db;
  const id = rawId(requestId);
  const request = await prisma.teleexpertiseRequest.findUniqueOrThrow({
    where: { id },
    select: { lastSequence: true, requesterId: true, expertId: true },
  });
  const file = await prisma.attachment.findFirstOrThrow({
    where: { mediaType: 'image/png' },
    select: { sha256: true, mediaType: true, size: true },
  });
  const start = Date.now();
  const messages = range(request.lastSequence + 1, total).map((sequence) => ({
    id: randomUUID(),
    requestId: id,
    sequence,
    kind: 'TEXT' as const,
    body: `message ${sequence}`,
    authorId: sequence % 2 ? request.expertId! : request.requesterId,
    createdAt: new Date(start + sequence),
  }));
  await prisma.message.createMany({ data: messages });
  await prisma.attachment.createMany({
    data: messages
      .filter((message) => message.sequence % 5 === 0)
      .flatMap((message) =>
        [1, 2].map((n) => ({
          ...file,
          fileName: `photo-${message.sequence}-${n}.png`,
          messageId: message.id,
          uploadedById: message.authorId,
          createdAt: message.createdAt,
        })),
      ),
  });
  const last = messages.at(-1)!;
  await prisma.teleexpertiseRequest.update({
    where: { id },
    data: { lastSequence: total, lastMessageId: last.id, lastActivityAt: last.createdAt },
  });
  await prisma.$executeRaw(recountAll(Prisma.sql`r."id" = ${id}::uuid`));
}

interface Statement {
  sql: string;
  params: unknown[];
}

let recording: Statement[] | undefined;

/** The statements' parameters too (the server's log keeps the text only), to run them again under EXPLAIN. */
function recordStatementsWithParameters(test: TestServer) {
  test.db.prisma.$on(
    'query' as never,
    ((event: Prisma.QueryEvent) => {
      if (recording && !isTransactionControl(event.query))
        recording.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] });
    }) as never,
  );
}

type Connection = Extract<NonNullable<ConversationQuery['node']>, { messages: unknown }>['messages'];

/** Reads a conversation page as the expert, then replays its statements under EXPLAIN ANALYZE: how many rows PostgreSQL read for it. */
async function measure(variables: ConversationQueryVariables) {
  const as = { rpps: RPPS.expert };
  await server.graphql(ConversationDocument, variables, as);
  const statements: Statement[] = [];
  recording = statements;
  let response;
  try {
    response = await server.graphql(ConversationDocument, variables, as);
  } finally {
    recording = undefined;
  }
  response.expectData();
  const connection = (response.data!.node as { messages: Connection }).messages;
  const nodes = connection.edges.map((e) => e.node);
  const records =
    1 + nodes.length + nodes.filter((node) => node.author).length + nodes.flatMap((node) => node.attachments).length;
  let rowsRead = 0;
  for (const statement of statements) rowsRead += scannedRows(await explain(statement));
  return { connection, statements: statements.length, records, rowsRead };
}

interface PlanNode {
  'Node Type': string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

async function explain(statement: Statement): Promise<PlanNode> {
  return server.db.prisma.$transaction(async (tx) => {
    // The tables of a test database fit in a page or two, which PostgreSQL reads whole rather than through
    // an index; on tables of a real size it uses the index. Without this, every test plan would read everything.
    await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
    const [row] = await tx.$queryRawUnsafe<Record<string, unknown>[]>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`,
      ...statement.params,
    );
    const plan = Object.values(row!)[0];
    return ((typeof plan === 'string' ? JSON.parse(plan) : plan) as [{ Plan: PlanNode }])[0].Plan;
  });
}

const SCANS = new Set(['Seq Scan', 'Index Scan', 'Index Only Scan', 'Bitmap Heap Scan', 'Tid Scan', 'Tid Range Scan']);

/** Rows the plan's scans read from tables, over all their loops (EXPLAIN gives per-loop averages). */
function scannedRows(node: PlanNode): number {
  const own = SCANS.has(node['Node Type'])
    ? (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) *
      node['Actual Loops']
    : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + scannedRows(child), 0);
}

it('chooses a backward inbox page along the same indexes as a forward one, reading the rows it keeps', async () => {
  const colleague = { rpps: RPPS.colleague };
  const { edges } = (await server.graphql(InboxDocument, { first: 20 }, colleague)).data!.requests;
  const pages = [
    { first: 5 },
    { last: 5 },
    { first: 5, after: edges[4]!.cursor },
    { last: 5, before: edges[15]!.cursor },
  ];
  for (const variables of pages) {
    const statements: Statement[] = [];
    recording = statements;
    try {
      await server.graphql(InboxDocument, variables, colleague);
    } finally {
      recording = undefined;
    }
    // The page's choice (its first statement) reads its 5 requests and the one that says whether there are more.
    expect(scannedRows(await explain(statements[0]!)), JSON.stringify(variables)).toBe(6);
  }
});
