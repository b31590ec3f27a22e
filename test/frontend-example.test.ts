// The front-end guide's example (docs/frontend-example) runs against a real server: Apollo, urql, uploads, SSE, reconnection.
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { createApolloClient } from '../docs/frontend-example/apollo.ts';
import { followConversation } from '../docs/frontend-example/conversation.ts';
import { actionFor } from '../docs/frontend-example/errors.ts';
import { getFragmentData } from '../docs/frontend-example/generated/fragment-masking.ts';
import {
  ConversationQuery,
  InboxQuery,
  MessageAddedSubscription,
  MessageFields,
  PostMessageMutation,
  RequestQuery,
} from '../docs/frontend-example/operations.ts';
import { createUrqlClient } from '../docs/frontend-example/urql.ts';
import { http } from './kit/graphql.ts';
import { createRequest, files, postMessage, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';
import { tokenFor } from './kit/tokens.ts';

let server: TestServer;
const tokens: Record<string, string> = {};
const sockets: WsClient[] = [];
beforeAll(async () => {
  server = await startTestServer();
  for (const [role, rpps] of Object.entries(RPPS)) tokens[role] = await tokenFor(rpps);
});
afterAll(async () => {
  await Promise.all(sockets.map((socket) => socket.dispose()));
  await server?.stop();
});

const apollo = (role: keyof typeof RPPS) =>
  createApolloClient({ baseUrl: server.url, token: () => tokens[role]!, webSocketImpl: WebSocket });

describe('the Apollo Client example', () => {
  it('reads the inbox with typed documents, and the conversation page by page', async () => {
    const client = apollo('requester');
    const { data } = await client.query({ query: InboxQuery, variables: { first: 10 } });
    const requests = data!.requests.edges.map((edge) => edge.node);
    expect(requests.length).toBeGreaterThan(0);
    const demo = requests.find((request) => request.expert?.lastName === 'Rousseau')!;
    expect(demo.viewerRole).toBe('REQUESTER');
    const page = await client.query({ query: ConversationQuery, variables: { requestId: demo.id, last: 2 } });
    const node = page.data!.node;
    expect(node?.__typename).toBe('TeleexpertiseRequest');
    if (node?.__typename !== 'TeleexpertiseRequest') return;
    const messages = node.messages.edges.map((edge) => getFragmentData(MessageFields, edge.node));
    expect(messages).toHaveLength(2);
    expect(messages[0]!.sequence).toBeLessThan(messages[1]!.sequence);
  });

  it('receives over graphql-ws the message another professional posts through a mutation', async () => {
    const request = await createRequest(server);
    const requester = apollo('requester');
    const received = new Promise<string>((resolve, reject) => {
      const subscription = requester
        .subscribe({
          query: MessageAddedSubscription,
          variables: { requestId: request.id, after: request.lastMessage!.id },
        })
        .subscribe({
          next: ({ data }) => {
            if (!data) return;
            subscription.unsubscribe();
            resolve(getFragmentData(MessageFields, data.messageAdded).body);
          },
          error: reject,
        });
    });
    const posted = await apollo('expert').mutate({
      mutation: PostMessageMutation,
      variables: { input: { requestId: request.id, body: 'Photo reçue, je regarde.' } },
    });
    expect(getFragmentData(MessageFields, posted.data!.postMessage).body).toBe('Photo reçue, je regarde.');
    expect(await received).toBe('Photo reçue, je regarde.');
  });
});

describe('the urql example', () => {
  it('uploads a photo with a message, and follows the conversation over SSE, with Graphcache keying every type', async () => {
    const warn = vi.spyOn(console, 'warn');
    const request = await createRequest(server);
    const client = createUrqlClient({ baseUrl: server.url, token: () => tokens['expert']! });
    const bodies: string[] = [];
    const arrived = new Promise<void>((resolve) => {
      client
        .subscription(MessageAddedSubscription, { requestId: request.id, after: request.lastMessage!.id })
        .subscribe((result) => {
          if (result.data) bodies.push(getFragmentData(MessageFields, result.data.messageAdded).body);
          if (bodies.length === 1) resolve();
        });
    });
    const photo = new File([files.png().bytes], 'lesion.png', { type: 'image/png' });
    const posted = await createUrqlClient({ baseUrl: server.url, token: () => tokens['requester']! })
      .mutation(PostMessageMutation, {
        input: { requestId: request.id, body: 'La photo de la lésion', attachments: [photo] },
      })
      .toPromise();
    expect(posted.error).toBeUndefined();
    const message = getFragmentData(MessageFields, posted.data!.postMessage);
    expect(message.attachments.map(({ fileName, mediaType }) => ({ fileName, mediaType }))).toEqual([
      { fileName: 'lesion.png', mediaType: 'image/png' },
    ]);
    const download = await http(message.attachments[0]!.url);
    expect(download.status).toBe(200);
    expect(download.bytes).toEqual(files.png().bytes);
    await arrived;
    expect(bodies).toEqual(['La photo de la lésion']);
    // The consent and the patient have no id: Graphcache keeps them inside the request, without a warning.
    const details = await client.query(RequestQuery, { id: request.id }).toPromise();
    expect(details.data?.node).toMatchObject({
      id: request.id,
      consent: { givenBy: 'PATIENT' },
      patient: { birthName: expect.any(String) },
    });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('following a conversation across reconnections', () => {
  it('misses nothing posted while the socket was down, and receives nothing twice', async () => {
    const request = await createRequest(server);
    let replayed = 0;
    let connections = 0;
    const client = createWsClient({
      url: server.graphqlUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: () => ({ authorization: `Bearer ${tokens['requester']}` }),
      retryAttempts: Infinity,
      retryWait: () => Promise.resolve(),
      on: {
        connected: () => void connections++,
        message: (message) => void (message.type === 'next' && replayed++),
      },
    });
    sockets.push(client);
    const seen: string[] = [];
    let wake = () => {};
    const conversation = followConversation(client, request.id, request.lastMessage!.id, (message) => {
      seen.push(message.body);
      wake();
    });
    // Resolves at once when the messages are already there (they may arrive before the wait begins).
    const until = (count: number) =>
      new Promise<void>((resolve) => {
        wake = () => void (seen.length >= count && resolve());
        wake();
      });

    const first = until(1);
    await postMessage(server, request.id, RPPS.expert, 'Premier');
    await first;
    // The network drops; two messages are posted before the client is back.
    client.terminate();
    await postMessage(server, request.id, RPPS.expert, 'Deuxième');
    await postMessage(server, request.id, RPPS.expert, 'Troisième');
    await until(3);
    conversation.stop();

    expect(seen).toEqual(['Premier', 'Deuxième', 'Troisième']);
    expect(connections).toBe(2);
    // The resubscription asked for what came after "Premier" only: three results in all.
    expect(replayed).toBe(3);
  });
});

describe('the error actions', () => {
  it('turns the errors the API answers into what the screen does', async () => {
    const outsider = createUrqlClient({ baseUrl: server.url, token: () => tokens['outsider']! });
    const request = await createRequest(server);
    const hidden = await outsider.query(ConversationQuery, { requestId: request.id, last: 1 }).toPromise();
    expect(hidden.error?.graphQLErrors.map((error) => actionFor(error))).toEqual([{ kind: 'not-found' }]);

    const signedOut = await createUrqlClient({ baseUrl: server.url, token: () => 'not-a-token' })
      .query(InboxQuery, {})
      .toPromise();
    expect(signedOut.error?.graphQLErrors.map((error) => actionFor(error))).toEqual([{ kind: 'sign-in' }]);
  });
});
