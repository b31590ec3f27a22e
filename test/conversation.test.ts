// The conversation and the inbox: sequences, idempotent posts, pages, read marks and unread counts, latest activity first.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConversationDocument,
  GrantDelegationDocument,
  InboxDocument,
  MarkReadDocument,
  PostMessageDocument,
  RequestByIdDocument,
  RequestInformationDocument,
} from './generated/graphql.ts';
import { createRequest, professionalId, rawId, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const expert = { rpps: RPPS.expert };
const requester = { rpps: RPPS.requester };

async function post(requestId: string, body: string, as: { rpps: string }, clientMessageId?: string) {
  const response = await server.graphql(PostMessageDocument, { input: { requestId, body, clientMessageId } }, as);
  response.expectData();
  return response.data!.postMessage;
}

async function unread(requestId: string, as: { rpps: string }) {
  return (await server.graphql(RequestByIdDocument, { id: requestId }, as)).data!.node as { unreadCount: number };
}

describe('postMessage', () => {
  it('numbers messages 1, 2, 3… within a request, even when both sides post at once', async () => {
    const request = await createRequest(server);
    const posts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        server.graphql(
          PostMessageDocument,
          { input: { requestId: request.id, body: `message ${i}` } },
          i % 2 ? expert : requester,
        ),
      ),
    );
    expect(posts.every((p) => p.errors === undefined)).toBe(true);
    const sequences = posts.map((p) => p.data!.postMessage.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 12 }, (_, i) => i + 3));
    const stored = await server.db.prisma.teleexpertiseRequest.findUniqueOrThrow({
      where: { id: rawId(request.id) },
      include: { lastMessage: true },
    });
    expect(stored.lastSequence).toBe(14);
    expect(stored.lastMessage?.sequence).toBe(14);
  });

  it('returns the first message when posted again with the same clientMessageId', async () => {
    const request = await createRequest(server);
    const first = await post(request.id, 'Avez-vous le bilan ?', expert, 'client-1');
    const again = await post(request.id, 'Avez-vous le bilan ?', expert, 'client-1');
    const [x, y] = await Promise.all([
      post(request.id, 'Deux fois', requester, 'client-2'),
      post(request.id, 'Deux fois', requester, 'client-2'),
    ]);
    expect(again.id).toBe(first.id);
    expect(x.id).toBe(y.id);
    expect(await server.db.prisma.message.count({ where: { requestId: rawId(request.id) } })).toBe(4);
    // The key is the author's own: the other side may use the same one.
    const other = await post(request.id, 'Oui.', requester, 'client-1');
    expect(other.id).not.toBe(first.id);
  });

  it('answers with the message as written, and reads only the relations asked for, once, after the commit', async () => {
    const request = await createRequest(server);
    const ownFields: TypedDocumentNode<
      { postMessage: { id: string; sequence: number; body: string } },
      { input: { requestId: string; body: string } }
    > = parse('mutation ($input: PostMessageInput!) { postMessage(input: $input) { id sequence body } }');
    const bare = await server.statements(() =>
      server.graphql(ownFields, { input: { requestId: request.id, body: 'sans relations' } }, requester),
    );
    expect(bare.result.data?.postMessage).toMatchObject({ sequence: 3, body: 'sans relations' });
    expect(bare.statements.filter((sql) => sql.includes('FROM "public"."Message"'))).toEqual([]);
    // One statement, outside any transaction: the request locked with the check that the caller takes part,
    // the message, the request's latest message and unread counts, the audit record and the inbox log.
    expect(bare.statements.map((sql) => sql.trim().split(/\s+/)[0])).toEqual(['WITH']);

    const full = await server.statements(() => post(request.id, 'avec relations', requester));
    expect(full.result).toMatchObject({
      sequence: 4,
      author: { lastName: 'Martin' },
      attachments: [],
      request: { id: request.id },
    });
    expect(full.statements.length - bare.statements.length).toBe(1);
    expect(full.statements.at(-1)).toContain('FROM "public"."Message"');
  });

  it('refuses an empty message', async () => {
    const request = await createRequest(server);
    const response = await server.graphql(
      PostMessageDocument,
      { input: { requestId: request.id, body: '   ' } },
      requester,
    );
    response.expectError('BAD_USER_INPUT');
  });
});

describe('messages', () => {
  it('pages through the conversation in sequence order, forwards and from the end', async () => {
    const request = await createRequest(server);
    for (let i = 0; i < 8; i += 1) await post(request.id, `m${i}`, i % 2 ? expert : requester);
    const seen: number[] = [];
    let after: string | null | undefined;
    do {
      const response = await server.graphql(ConversationDocument, { id: request.id, first: 3, after }, requester);
      const page = (
        response.data!.node as {
          messages: {
            edges: { node: { sequence: number } }[];
            pageInfo: { hasNextPage: boolean; endCursor?: string | null };
          };
        }
      ).messages;
      seen.push(...page.edges.map((e) => e.node.sequence));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

    const latest = await server.graphql(ConversationDocument, { id: request.id, last: 3 }, requester);
    const page = (
      latest.data!.node as {
        messages: { edges: { node: { sequence: number } }[]; pageInfo: { hasPreviousPage: boolean } };
      }
    ).messages;
    expect(page.edges.map((e) => e.node.sequence)).toEqual([8, 9, 10]);
    expect(page.pageInfo.hasPreviousPage).toBe(true);
  });

  it('bounds the page size', async () => {
    const request = await createRequest(server);
    const response = await server.graphql(ConversationDocument, { id: request.id, first: 1000 }, requester);
    response.expectError('BAD_USER_INPUT');
  });
});

describe('read marks', () => {
  it('counts what the other side wrote since the caller last read, and never moves the mark back', async () => {
    const request = await createRequest(server);
    // The expert has the question (and not their own prerequisites) to read.
    expect((await unread(request.id, expert)).unreadCount).toBe(1);
    expect((await unread(request.id, requester)).unreadCount).toBe(1);
    const reply = await post(request.id, 'Bien reçu.', expert);
    await post(request.id, 'Je regarde ce soir.', expert);
    expect((await unread(request.id, requester)).unreadCount).toBe(3);

    const marked = await server.graphql(MarkReadDocument, { requestId: request.id, upTo: reply.id }, requester);
    expect(marked.data?.markRead.unreadCount).toBe(1);
    const firstMessage = await server.db.prisma.message.findFirstOrThrow({
      where: { requestId: rawId(request.id), sequence: 1 },
    });
    const back = await server.graphql(
      MarkReadDocument,
      { requestId: request.id, upTo: Buffer.from(`Message:${firstMessage.id}`).toString('base64') },
      requester,
    );
    expect(back.data?.markRead.unreadCount).toBe(1);
    expect((await unread(request.id, expert)).unreadCount).toBe(1);
  });

  it('keeps each party’s count, a delegate’s and the professional they act for included, equal to what others wrote after their read mark', async () => {
    // The secretary writes for Dr Martin: three parties, each with their own count.
    const [secretary, doctor] = [{ rpps: RPPS.secretary }, requester];
    await server.graphql(
      GrantDelegationDocument,
      { delegateId: await professionalId(server.db, RPPS.secretary) },
      doctor,
    );
    const request = await createRequest(server, RPPS.secretary, {
      onBehalfOfId: await professionalId(server.db, RPPS.requester),
    });
    const requestId = rawId(request.id);
    const check = async () => {
      const messages = await server.db.prisma.message.findMany({
        where: { requestId },
        select: { sequence: true, authorId: true },
      });
      for (const party of [secretary, doctor, expert]) {
        const id = rawId(await professionalId(server.db, party.rpps));
        const mark = await server.db.prisma.readMark.findUnique({
          where: { requestId_professionalId: { requestId, professionalId: id } },
        });
        const expected = messages.filter((m) => m.sequence > (mark?.lastReadSequence ?? 0) && m.authorId !== id).length;
        expect((await unread(request.id, party)).unreadCount).toBe(expected);
        const inbox = await server.graphql(InboxDocument, { first: 50 }, party);
        expect(inbox.data!.requests.edges.find((edge) => edge.node.id === request.id)?.node.unreadCount).toBe(expected);
      }
      return messages.length;
    };
    const markRead = async (party: { rpps: string }, upTo: string) => {
      const response = await server.graphql(MarkReadDocument, { requestId: request.id, upTo }, party);
      response.expectData();
    };

    // The question, and the expert's prerequisites.
    expect(await check()).toBe(2);
    const first = await post(request.id, 'Le compte rendu de biologie suit.', secretary);
    await post(request.id, 'Je précise : pas d’antécédent notable.', doctor);
    await check();
    const asked = await server.graphql(
      RequestInformationDocument,
      { requestId: request.id, message: 'Une photo de la lésion ?' },
      expert,
    );
    asked.expectData();
    await check();
    await markRead(doctor, first.id);
    await check();
    // The delegate's answer sends the request back to triage: a SYSTEM message in their name.
    const answer = await post(request.id, 'Photo jointe au dossier.', secretary);
    expect(await check()).toBe(8);
    await markRead(expert, answer.id);
    await markRead(secretary, first.id);
    await check();
    await Promise.all([
      post(request.id, 'a', secretary),
      post(request.id, 'b', doctor),
      post(request.id, 'c', expert),
      post(request.id, 'd', expert),
    ]);
    expect(await check()).toBe(12);
  });

  it('refuses a message of another request', async () => {
    const one = await createRequest(server);
    const other = await createRequest(server);
    const response = await server.graphql(
      MarkReadDocument,
      { requestId: one.id, upTo: other.lastMessage!.id },
      requester,
    );
    response.expectError('NOT_FOUND');
  });
});

describe('the inbox', () => {
  it('lists the caller’s requests, the latest activity first, page after page', async () => {
    const mine = [];
    for (let i = 0; i < 5; i += 1) mine.push(await createRequest(server, RPPS.colleague));
    // Activity on the oldest brings it to the top.
    await post(mine[0]!.id, 'Relance', { rpps: RPPS.colleague });
    const ids: string[] = [];
    let after: string | null | undefined;
    do {
      const response = await server.graphql(InboxDocument, { first: 2, after }, { rpps: RPPS.colleague });
      ids.push(...response.data!.requests.edges.map((e) => e.node.id));
      after = response.data!.requests.pageInfo.hasNextPage ? response.data!.requests.pageInfo.endCursor : undefined;
    } while (after);
    expect(ids).toEqual([mine[0]!.id, mine[4]!.id, mine[3]!.id, mine[2]!.id, mine[1]!.id]);
  });

  it('filters by role and status', async () => {
    const request = await createRequest(server, RPPS.colleague);
    const asExpert = await server.graphql(
      InboxDocument,
      { filter: { role: 'EXPERT', status: ['SUBMITTED'] }, first: 100 },
      expert,
    );
    expect(asExpert.data!.requests.edges.map((e) => e.node.id)).toContain(request.id);
    expect(
      asExpert.data!.requests.edges.every((e) => e.node.viewerRole === 'EXPERT' && e.node.status === 'SUBMITTED'),
    ).toBe(true);
    const asRequester = await server.graphql(InboxDocument, { filter: { role: 'REQUESTER' }, first: 100 }, expert);
    expect(asRequester.data!.requests.edges).toEqual([]);
    const declined = await server.graphql(
      InboxDocument,
      { filter: { status: ['DECLINED'] }, first: 100 },
      { rpps: RPPS.colleague },
    );
    expect(declined.data!.requests.edges).toEqual([]);
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await server.graphql(InboxDocument, { after: 'not-a-cursor' }, requester);
    response.expectError('BAD_USER_INPUT');
    const backward = await server.graphql(InboxDocument, { last: 2, before: 'not-a-cursor' }, requester);
    backward.expectError('BAD_USER_INPUT', { message: /^before is not a cursor/ });
  });

  it('pages backward with last/before, with the pages, pageInfo and refusals of the conversation’s messages', async () => {
    // Two lists of five: the cardiologist's inbox as expert, and a conversation.
    const cardiologist = { rpps: RPPS.cardiologist };
    const inboxOnly = { filter: { role: 'EXPERT' as const } };
    for (let i = 0; i < 5; i += 1)
      await createRequest(server, RPPS.colleague, { expertId: await professionalId(server.db, RPPS.cardiologist) });
    const conversation = await createRequest(server, RPPS.colleague, {
      expertId: await professionalId(server.db, RPPS.rheumatologist),
    });
    for (let sequence = conversation.lastMessage!.sequence; sequence < 5; sequence += 1)
      await post(conversation.id, `m${sequence}`, { rpps: RPPS.colleague });

    type Page = {
      edges: { cursor: string }[];
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor?: string | null;
        endCursor?: string | null;
      };
    };
    type Args = { first?: number; last?: number; after?: number; before?: number };
    const lists = {
      inbox: async (args: Record<string, unknown>) => {
        const response = await server.graphql(InboxDocument, { ...inboxOnly, ...args }, cardiologist);
        return { page: response.data?.requests as Page | undefined, errors: response.errors };
      },
      messages: async (args: Record<string, unknown>) => {
        const response = await server.graphql(
          ConversationDocument,
          { id: conversation.id, ...args },
          { rpps: RPPS.colleague },
        );
        return {
          page: (response.data?.node as { messages: Page } | null | undefined)?.messages,
          errors: response.errors,
        };
      },
    };
    // Each list's cursors in list order; a page is described by the positions of its edges.
    const cursors = Object.fromEntries(
      await Promise.all(
        Object.entries(lists).map(async ([name, read]) => [
          name,
          (await read({ first: 100 })).page!.edges.map((e) => e.cursor),
        ]),
      ),
    ) as Record<keyof typeof lists, string[]>;
    expect(cursors.inbox).toHaveLength(5);
    expect(cursors.messages).toHaveLength(5);
    const outcome = async (name: keyof typeof lists, args: Args) => {
      const { page, errors } = await lists[name]({
        ...args,
        after: args.after === undefined ? undefined : cursors[name][args.after],
        before: args.before === undefined ? undefined : cursors[name][args.before],
      });
      if (errors) return { code: errors[0]!.extensions?.['code'] };
      const at = (cursor?: string | null) => (cursor ? cursors[name].indexOf(cursor) : null);
      const { hasNextPage, hasPreviousPage, startCursor, endCursor } = page!.pageInfo;
      return {
        positions: page!.edges.map((e) => at(e.cursor)),
        hasNextPage,
        hasPreviousPage,
        start: at(startCursor),
        end: at(endCursor),
      };
    };
    const cases: Args[] = [
      {},
      { first: 2 },
      { first: 5 },
      { first: 0 },
      { first: 2, after: 1 },
      { first: 2, after: 3 },
      { after: 1 },
      { last: 2 },
      { last: 5 },
      { last: 0 },
      { last: 2, before: 3 },
      { last: 2, before: 1 },
      { last: 3, before: 2 },
      { before: 3 },
      { first: 2, last: 3 },
      { first: 2, after: 1, before: 3 },
      { first: 2, before: 3 },
      { last: 2, after: 1 },
      { first: 101 },
      { last: 101 },
    ];
    for (const args of cases) {
      const [inbox, messages] = [await outcome('inbox', args), await outcome('messages', args)];
      expect(inbox, JSON.stringify(args)).toEqual(messages);
    }
    // What the comparison rests on, spelled out for a backward walk.
    expect(await outcome('inbox', { last: 2, before: 3 })).toEqual({
      positions: [1, 2],
      hasNextPage: true,
      hasPreviousPage: true,
      start: 1,
      end: 2,
    });
    expect(await outcome('inbox', { last: 2, before: 2 })).toEqual({
      positions: [0, 1],
      hasNextPage: true,
      hasPreviousPage: false,
      start: 0,
      end: 1,
    });
    expect(await outcome('inbox', { last: 2 })).toEqual({
      positions: [3, 4],
      hasNextPage: false,
      hasPreviousPage: true,
      start: 3,
      end: 4,
    });
    expect(await outcome('inbox', { last: 2, after: 1 })).toEqual({ code: 'BAD_USER_INPUT' });
  });
});
