// Operation limits over HTTP and WebSocket: what a front end sends passes, abuse is refused without disclosing the limits.
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMIT_CODE } from '../src/graphql/limits.ts';
import { GraphQLResult, post as postBody } from './kit/graphql.ts';
import { openSocket, type Socket } from './kit/live.ts';
import { RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
let requestId: string;
const requester = { rpps: RPPS.requester };
type Requests = { requests: { edges: { node: { id: string } }[] } };

const post = (query: string, variables: Record<string, unknown> = {}) => server.graphql(query, variables, requester);

beforeAll(async () => {
  server = await startTestServer();
  const data = (
    await server.graphql<Requests>('{ requests(first: 1) { edges { node { id } } } }', {}, requester)
  ).expectData();
  requestId = data.requests.edges[0]!.node.id;
});
afterAll(() => server?.stop());

/** A request's messages, each message's request, its messages… `levels` times. */
const cycle = (levels: number, first = 1): string =>
  levels === 0 ? 'id' : `messages(first: ${first}) { edges { node { request { ${cycle(levels - 1, first)} } } } }`;

const deepest = `{
  requests(first: 20) { edges { node { id status
    messages(first: 50) { edges { node { id body attachments { fileName url }
      author { id lastName expertProfile { activityDescription prerequisiteTemplates { fileName url } } } } } }
  } } }
}`;

const tooDeep = `query ($id: ID!) { node(id: $id) { ... on TeleexpertiseRequest { ${cycle(5)} } } }`;
const tooManyAliases = `{ ${Array.from({ length: 40 }, (_, index) => `a${index}: me { id }`).join(' ')} }`;
const tooManyDirectives = `{ ${Array.from({ length: 40 }, () => '__typename @skip(if: false)').join(' ')} }`;
const tooLong = `{ ${'__typename '.repeat(5000)}}`;
const tooCostly = `query ($first: Int) { requests(first: 100) { edges { node { messages(first: $first) { edges { node { id body author { id lastName } } } } } } } }`;
const cyclicIntrospection = '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }';

/** Refused by a limit, and the limit itself is not disclosed: no number in the message, nothing but the code in extensions. */
function expectLimitRefused(result: GraphQLResult<unknown>, kind: RegExp) {
  const error = result.expectError(LIMIT_CODE, { message: kind });
  expect(result.data ?? null).toBeNull();
  expect(error.message).not.toMatch(/\d/);
  expect(Object.keys(error.extensions ?? {})).toEqual(['code']);
}

describe('operation limits over HTTP', () => {
  it('let the deepest operation a front end sends through: inbox → messages → author → expert profile → templates', async () => {
    const result = await post(deepest);
    result.expectData();
    expect(result.status).toBe(200);
  });

  it('let GraphiQL introspect the schema', async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const result = await post(query);
    result.expectData();
    expect((result.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(50);
  });

  it.each([
    ['depth', tooDeep, /nested too deeply/],
    ['aliases', tooManyAliases, /too many aliases/],
    ['directives', tooManyDirectives, /too many directives/],
    ['tokens', tooLong, /too long/],
    ['cyclic introspection', cyclicIntrospection, /introspection query nests too deeply/],
  ])('refuse an operation over the %s limit', async (_kind, query, message) => {
    const result = await post(query, { id: requestId });
    expect(result.status).toBe(400);
    expectLimitRefused(result, message);
  });

  it('count page sizes into the cost, given inline or as variables', async () => {
    expect((await post(tooCostly, { first: 5 })).errors).toBeUndefined();
    const refused = await post(tooCostly, { first: 100 });
    expect(refused.status).toBe(400);
    expectLimitRefused(refused, /too much at once/);
    // Each page size is priced for itself, the first time and every time after.
    expect((await post(tooCostly, { first: 5 })).errors).toBeUndefined();
    expectLimitRefused(await post(tooCostly, { first: 100 }), /too much at once/);
  });

  it('refuse an operation that cannot be priced, rather than run it unpriced', async () => {
    // null for a required argument fails one field only: the rest would run, whatever its cost.
    const query = `query ($x: ID = "a", $first: Int) { n: node(id: $x) { id } ${tooCostly.slice(tooCostly.indexOf('{') + 1, -1)} }`;
    // Priced first with an id, the same document is refused all the same without one: costs kept per document do not let it through.
    expect((await post(query, { x: requestId, first: 1 })).errors).toBeUndefined();
    const result = await post(query, { x: null, first: 1 });
    expect(result.status).toBe(400);
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toEqual(
      [
        {
          message: 'Argument "id" of non-null type "ID!" must not be null.',
          extensions: { code: 'BAD_USER_INPUT' },
          locations: expect.any(Array),
        },
      ].map(({ locations: _l, ...error }) => error),
    );
  });

  it('count a full introspection as a large fixed cost: GraphiQL sends one, not dozens', async () => {
    const many = `{ ${Array.from({ length: 5 }, (_, index) => `s${index}: __schema { types { name fields { name } } }`).join(' ')} }`;
    expectLimitRefused(await post(many), /too much at once/);
  });

  it('bound the ids nodes takes at once', async () => {
    const result = await post('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 101 }, () => requestId),
    });
    result.expectError('BAD_USER_INPUT', { message: /at most 100 ids/ });
    expect(
      (await post('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [requestId] })).errors,
    ).toBeUndefined();
  });

  it('refuse a request body over the limit, whether its length is declared or not (chunked)', async () => {
    const body = JSON.stringify({
      query: 'query ($text: String) { me { id } }',
      variables: { text: 'x'.repeat(1024 * 1024) },
    });
    const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
    const declared = await postBody(server.graphqlUrl, body, requester, headers);
    const stream = new ReadableStream({
      start(controller) {
        for (let offset = 0; offset < body.length; offset += 64 * 1024)
          controller.enqueue(new TextEncoder().encode(body.slice(offset, offset + 64 * 1024)));
        controller.close();
      },
    });
    const chunked = await postBody(server.graphqlUrl, stream, requester, headers, { duplex: 'half' });
    for (const response of [declared, chunked])
      response.expectError('BAD_USER_INPUT', { status: 413, message: /^The request body is too large/ });
  });

  it('hide suggestions of fields, enum values and input fields, in documents and in variables', async () => {
    (await post('{ me { lastNam } }')).expectError('GRAPHQL_VALIDATION_FAILED', {
      message: 'Cannot query field "lastNam" on type "Professional".',
    });
    const enumLiteral = await post('{ requests(filter: { status: [SUBMITED] }) { edges { cursor } } }');
    enumLiteral.expectError('GRAPHQL_VALIDATION_FAILED', {
      message: 'Value "SUBMITED" does not exist in "RequestStatus" enum.',
    });
    const inVariables = await post(
      'query ($filter: RequestFilter) { requests(filter: $filter) { edges { cursor } } }',
      { filter: { status: ['SUBMITED'], overdu: true } },
    );
    inVariables.expectError('BAD_USER_INPUT');
    expect(JSON.stringify(inVariables.errors)).not.toMatch(/Did you mean|SUBMITTED|overdue/);
  });

  it('answer someone without a token 401 before reading the body: no parsing, no suggestions', async () => {
    const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
    for (const body of ['{"query": "{ me { lastNam } }"}', '{not json', JSON.stringify({ query: tooLong })])
      (await postBody(server.graphqlUrl, body, { token: null }, headers)).expectError('UNAUTHENTICATED', {
        status: 401,
      });
  });
});

describe('operation limits over WebSocket', () => {
  let socket: Socket;
  beforeAll(async () => {
    socket = await openSocket(server.graphqlUrl, requester);
  });
  afterAll(() => socket?.dispose());

  const over = async (query: string, variables: Record<string, unknown> = {}) => {
    const results: GraphQLResult<unknown>[] = [];
    await new Promise<void>((resolve) => {
      socket.client.subscribe(
        { query, variables },
        {
          next: (result) => void results.push(GraphQLResult.of(result)),
          error: (errors) => (results.push(GraphQLResult.of({ errors: errors as unknown[] })), resolve()),
          complete: resolve,
        },
      );
    });
    return results;
  };

  it('let the deepest front-end operation through', async () => {
    const [result] = await over(deepest);
    result!.expectData();
  });

  it.each([
    ['depth', tooDeep, /nested too deeply/],
    ['aliases', tooManyAliases, /too many aliases/],
    ['tokens', tooLong, /too long/],
    ['cyclic introspection', cyclicIntrospection, /introspection query nests too deeply/],
  ])('refuse an operation over the %s limit', async (_kind, query, message) => {
    const [result] = await over(query, { id: requestId });
    expectLimitRefused(result!, message);
  });

  it('hold at most 100 operations at once on one connection', async () => {
    const errors: unknown[] = [];
    const disposers = Array.from({ length: 101 }, () =>
      socket.client.subscribe(
        { query: 'subscription { inbox { __typename } }' },
        { next: () => undefined, error: (error) => void errors.push(error), complete: () => undefined },
      ),
    );
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toEqual([
      expect.objectContaining({
        message: 'At most 100 operations at once on one connection: complete some before starting others',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    for (const dispose of disposers) dispose();
  });

  it('close a connection that sends a frame over the body limit (1009)', async () => {
    const other = await openSocket(server.graphqlUrl, requester);
    other.client.subscribe(
      { query: 'query ($text: String) { me { id } }', variables: { text: 'x'.repeat(1024 * 1024) } },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    expect((await other.closed).code).toBe(1009);
  });

  it('refuse a subscription that asks for too much, and keep the socket open', async () => {
    const [result] = await over(
      `subscription ($id: ID!) { messageAdded(requestId: $id) { request { ${cycle(2, 100)} } } }`,
      { id: requestId },
    );
    expectLimitRefused(result!, /too much at once/);
    const [next] = await over('{ me { id } }');
    next!.expectData();
  });
});

describe('the size of a multipart request in all', () => {
  let small: TestServer;
  let smallRequestId: string;
  beforeAll(async () => {
    small = await startTestServer({ MAX_UPLOAD_BYTES: '2048', MAX_REQUEST_BYTES: '5000' });
    const data = (
      await small.graphql<Requests>('{ requests(first: 1) { edges { node { id } } } }', undefined, requester)
    ).expectData();
    smallRequestId = data.requests.edges[0]!.node.id;
  });
  afterAll(() => small?.stop());

  it('lets files through up to the total, and refuses more with a clear 413', async () => {
    const upload = async (count: number) => {
      const form = new FormData();
      form.set(
        'operations',
        JSON.stringify({
          query:
            'mutation ($id: ID!, $files: [File!]) { postMessage(input: { requestId: $id, body: "pièces", attachments: $files }) { id } }',
          variables: { id: smallRequestId, files: Array(count).fill(null) },
        }),
      );
      form.set(
        'map',
        JSON.stringify(
          Object.fromEntries(
            Array.from({ length: count }, (_, index) => [String(index), [`variables.files.${index}`]]),
          ),
        ),
      );
      for (let index = 0; index < count; index++)
        form.set(String(index), new Blob(['x'.repeat(2000)], { type: 'text/plain' }), `note-${index}.txt`);
      return postBody(small.graphqlUrl, form, requester, { 'graphql-require-preflight': '1' });
    };
    expect((await upload(2)).errors).toBeUndefined();
    const refused = await upload(3);
    expect(refused.status).toBe(413);
    expect(refused.errors).toEqual([
      {
        message: 'The request is too large: send fewer or smaller files at once',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
  });
});
