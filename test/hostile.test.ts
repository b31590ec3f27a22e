// Hostile input: forged tokens over HTTP and WebSocket, malformed bodies, wrongly typed variables, oversized and
// lying uploads, invalid global ids, and every mutation called by someone who takes no part or by the wrong side.
// Every case: a clear error with a code, nothing of the server's insides in the response (no stack, no frames,
// no source paths), and nothing written in any table, audit events included (expectNothingWritten).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, UnsecuredJWT, type JWK, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddPrerequisiteTemplateDocument, GrantDelegationDocument } from './generated/graphql.ts';
import { expectNoLeak, graphql, post, type GraphQLResult } from './kit/graphql.ts';
import { expectNothingWritten, multipartBody, sendOnWire, wireBody, wsAttempt } from './kit/hostile.ts';
import { signReport } from './kit/reports.ts';
import {
  consent,
  createRequest,
  files,
  globalId,
  inDays,
  patient,
  postMessage,
  professionalId,
  RPPS,
} from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';
import { signToken, tokenFor } from './kit/tokens.ts';

const now = () => Math.floor(Date.now() / 1000);

// ---------------------------------------------------------------------------------------------------------------
// 1. Tokens: every forgery × {HTTP, WebSocket}, on a development server (HS256, issuer and audience checked) and on a
//    server trusting an identity provider's JWKS (RS256). test/auth.test.ts covers some of these for one transport.
// ---------------------------------------------------------------------------------------------------------------

const ISSUER = 'https://psc.example';
const AUDIENCE = 'teleexpertise';
/** Unknown RPPS with the claims that would provision them: a token accepted by mistake writes a Professional. */
const NEWCOMER = '19999990001';
const newcomer: JWTPayload = { sub: NEWCOMER, given_name: 'Ivan', family_name: 'Trusion', profession: 'MEDECIN' };
/** What the forged tokens try: a write (the tampered one names an existing expert). */
const FORGED_WRITE =
  'mutation { updateExpertProfile(input: { listed: true, activityDescription: "forged" }) { listed } }';

type Keys = Awaited<ReturnType<typeof generateKeyPair>>;
let providerKeys: Keys;
let strangerKeys: Keys;
let publicPem: string;
let publicJwk: JWK;
let provider: http.Server;
let jwksUrl: string;

beforeAll(async () => {
  providerKeys = await generateKeyPair('RS256', { extractable: true });
  strangerKeys = await generateKeyPair('RS256');
  publicPem = await exportSPKI(providerKeys.publicKey);
  publicJwk = { ...(await exportJWK(providerKeys.publicKey)), kid: 'psc-key', alg: 'RS256', use: 'sig' };
  provider = http.createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [publicJwk] })),
  );
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/jwks`;
});
afterAll(() => new Promise<void>((resolve) => (provider ? provider.close(() => resolve()) : resolve())));

type TrustKind = 'hs256' | 'jwks';
interface SignOptions {
  issuer?: string;
  audience?: string;
  /** null: no exp claim. */
  exp?: number | string | null;
}

/** A token as the server of `kind` accepts it, but for the options changed. */
function signValid(
  kind: TrustKind,
  claims: JWTPayload,
  options: SignOptions = {},
  key: 'right' | 'wrong' = 'right',
): Promise<string> {
  const wrongSecret = new TextEncoder().encode('another-secret-another-secret-another-secret');
  return signToken(
    { ...claims, iat: undefined, iss: options.issuer ?? ISSUER, aud: options.audience ?? AUDIENCE },
    {
      header: kind === 'hs256' ? { alg: 'HS256', typ: 'JWT' } : { alg: 'RS256', kid: 'psc-key' },
      expiresIn: options.exp === undefined ? '5m' : options.exp,
      ...(kind === 'hs256'
        ? key === 'wrong' && { key: wrongSecret }
        : { key: key === 'right' ? providerKeys.privateKey : strangerKeys.privateKey }),
    },
  );
}

/** The algorithm-confusion attack: HS256 keyed with the provider's public key, which anybody can download. */
const hmacWithPublicKey = (secret: string) =>
  signToken(
    { ...newcomer, iss: ISSUER, aud: AUDIENCE },
    { header: { alg: 'HS256', kid: 'psc-key' }, expiresIn: '5m', key: new TextEncoder().encode(secret) },
  );

interface TokenCase {
  name: string;
  token(kind: TrustKind): Promise<string>;
  /** What the error message must say, per server kind. */
  refusal: Record<TrustKind, RegExp>;
}

const both = (message: RegExp) => ({ hs256: message, jwks: message });

const tokenCases: TokenCase[] = [
  {
    name: 'alg none (unsigned)',
    token: async () =>
      new UnsecuredJWT(newcomer).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('5m').encode(),
    refusal: both(/Tokens signed with none are not accepted/),
  },
  {
    name: 'signed with the wrong key',
    token: (kind) => signValid(kind, newcomer, {}, 'wrong'),
    refusal: both(/signature is invalid/),
  },
  {
    name: "HS256 keyed with the provider's public key (PEM)",
    token: () => hmacWithPublicKey(publicPem),
    refusal: { hs256: /signature is invalid/, jwks: /Tokens signed with HS256 are not accepted/ },
  },
  {
    name: "HS256 keyed with the provider's public key (JWK JSON)",
    token: () => hmacWithPublicKey(JSON.stringify(publicJwk)),
    refusal: { hs256: /signature is invalid/, jwks: /Tokens signed with HS256 are not accepted/ },
  },
  {
    name: 'tampered payload (sub changed to an existing expert, signature kept)',
    token: async (kind) => {
      const [header, payload, signature] = (await signValid(kind, newcomer)).split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as JWTPayload;
      return `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: RPPS.expert })).toString('base64url')}.${signature}`;
    },
    refusal: both(/signature is invalid/),
  },
  {
    name: 'wrong issuer',
    token: (kind) => signValid(kind, newcomer, { issuer: 'https://evil.example' }),
    refusal: both(/claim "iss" is invalid/),
  },
  {
    name: 'wrong audience',
    token: (kind) => signValid(kind, newcomer, { audience: 'another-app' }),
    refusal: both(/claim "aud" is invalid/),
  },
  {
    name: 'expired beyond the clock tolerance (exp 120 s ago, tolerance 30 s)',
    token: (kind) => signValid(kind, newcomer, { exp: now() - 120 }),
    refusal: both(/expired/),
  },
  {
    name: 'without exp',
    token: (kind) => signValid(kind, newcomer, { exp: null }),
    refusal: both(/claim "exp" is missing/),
  },
];

function tokenMatrix(kind: TrustKind, title: string, env: () => Record<string, string>) {
  describe(`tokens: ${title}`, () => {
    let api: TestServer;
    beforeAll(async () => {
      api = await startTestServer(env());
    });
    afterAll(() => api?.stop());

    it('control: a valid token is served over HTTP and over WebSocket', async () => {
      const token = await signValid(kind, { sub: RPPS.requester });
      const response = await graphql(api.graphqlUrl, '{ me { rpps } }', undefined, { token });
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ me: { rpps: RPPS.requester } });
      const socket = await wsAttempt(api.graphqlUrl, `Bearer ${token}`, { query: '{ me { rpps } }' });
      expect(socket.messages.map((m) => m.type)).toEqual(['connection_ack', 'next', 'complete']);
      expect(socket.messages[1]?.payload).toEqual({ data: { me: { rpps: RPPS.requester } } });
      expect(socket.code).toBe(1000);
    });

    for (const forgery of tokenCases) {
      it(`HTTP: ${forgery.name} → 401 UNAUTHENTICATED, no data`, async () => {
        const token = await forgery.token(kind);
        const response = await expectNothingWritten(api.db, () =>
          graphql(api.graphqlUrl, FORGED_WRITE, undefined, { token }),
        );
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(response.data ?? null).toBeNull();
        response.expectError('UNAUTHENTICATED', { message: forgery.refusal[kind] });
      });

      it(`WebSocket: ${forgery.name} → closed with 4403, never acknowledged`, async () => {
        const token = await forgery.token(kind);
        const outcome = await expectNothingWritten(api.db, () =>
          wsAttempt(api.graphqlUrl, `Bearer ${token}`, { query: FORGED_WRITE }),
        );
        expect(outcome.code).toBe(4403);
        expect(outcome.messages).toEqual([]);
        expectNoLeak(outcome.reason);
      });
    }
  });
}

tokenMatrix('hs256', 'development server (HS256 secret, JWT_ISSUER and JWT_AUDIENCE set)', () => ({
  JWT_ISSUER: ISSUER,
  JWT_AUDIENCE: AUDIENCE,
}));
tokenMatrix('jwks', 'identity provider (JWT_JWKS_URL + JWT_ISSUER + JWT_AUDIENCE, RS256)', () => ({
  JWT_JWKS_URL: jwksUrl,
  JWT_ISSUER: ISSUER,
  JWT_AUDIENCE: AUDIENCE,
}));

// ---------------------------------------------------------------------------------------------------------------
// 2. Malformed bodies.
// ---------------------------------------------------------------------------------------------------------------

describe('malformed bodies', () => {
  let api: TestServer;
  let token: string;
  beforeAll(async () => {
    api = await startTestServer();
    // The expert: every well-formed version of these bodies would write to their profile.
    token = await tokenFor(RPPS.expert);
  });
  afterAll(() => api?.stop());

  const write = 'mutation { updateExpertProfile(input: { activityDescription: "malformed" }) { listed } }';
  const json = { 'content-type': 'application/json' };
  const cases: { name: string; body: string; status: number; code: string; message: RegExp }[] = [
    {
      name: 'truncated JSON',
      body: `{"query": ${JSON.stringify(write)}`,
      status: 400,
      code: 'BAD_USER_INPUT',
      message: /invalid JSON/,
    },
    { name: 'empty body', body: '', status: 400, code: 'BAD_USER_INPUT', message: /invalid JSON/ },
    {
      name: 'JSON that is not an object: a number',
      body: '42',
      status: 400,
      code: 'BAD_USER_INPUT',
      message: /expected to be object but received number/,
    },
    {
      name: 'JSON that is not an object: a string',
      body: JSON.stringify(write),
      status: 400,
      code: 'BAD_USER_INPUT',
      message: /expected to be object but received string/,
    },
    {
      name: 'JSON that is not an object: null',
      body: 'null',
      status: 400,
      code: 'BAD_USER_INPUT',
      message: /expected to be object but received null/,
    },
    {
      name: 'JSON array (a batch)',
      body: JSON.stringify([{ query: write }]),
      status: 400,
      code: 'BAD_USER_INPUT',
      message: /Batching is not supported/,
    },
    {
      name: 'query is a number',
      body: '{"query": 42}',
      status: 400,
      code: 'BAD_USER_INPUT',
      message: /"query" param to be a string, but given number/,
    },
    {
      name: 'query is an object',
      body: '{"query": {"mutation": "x"}}',
      status: 400,
      code: 'BAD_USER_INPUT',
      message: /"query" param to be a string, but given object/,
    },
    {
      name: 'no query',
      body: '{"variables": {}}',
      status: 400,
      code: 'BAD_USER_INPUT',
      message: /Must provide query string/,
    },
    {
      name: 'variables is an array',
      body: JSON.stringify({ query: write, variables: [1] }),
      status: 400,
      code: 'BAD_USER_INPUT',
      message: /"variables" param to be empty or an object, but given array/,
    },
    {
      name: 'variables is a string',
      body: JSON.stringify({ query: write, variables: '{}' }),
      status: 400,
      code: 'BAD_USER_INPUT',
      message: /"variables" param to be empty or an object, but given string/,
    },
    {
      name: 'variables is a number',
      body: JSON.stringify({ query: write, variables: 7 }),
      status: 400,
      code: 'BAD_USER_INPUT',
      message: /"variables" param to be empty or an object, but given number/,
    },
    {
      name: 'extensions is a string',
      body: JSON.stringify({ query: write, extensions: 'x' }),
      status: 400,
      code: 'BAD_USER_INPUT',
      message: /"extensions" param to be empty or an object/,
    },
    {
      name: 'operationName is a number',
      body: JSON.stringify({ query: write, operationName: 5 }),
      status: 400,
      code: 'OPERATION_RESOLUTION_FAILURE',
      message: /Could not determine what operation to execute/,
    },
    {
      name: 'query with a syntax error',
      body: JSON.stringify({ query: 'mutation { updateExpertProfile(input: {' }),
      status: 400,
      code: 'GRAPHQL_PARSE_FAILED',
      message: /Syntax Error/,
    },
  ];

  for (const c of cases) {
    it(`${c.name} → ${c.status} ${c.code}`, async () => {
      const response = await expectNothingWritten(api.db, () => post(api.graphqlUrl, c.body, { token }, json));
      expect(response.status).toBe(c.status);
      response.expectError(c.code, { message: c.message });
    });
  }

  it('the same truncated JSON without a token gets 401: the caller is identified before the body is read', async () => {
    const response = await expectNothingWritten(api.db, () =>
      post(api.graphqlUrl, '{"query": ', { token: null }, json),
    );
    expect(response.status).toBe(401);
    response.expectError('UNAUTHENTICATED');
  });

  const wrongTypes: { name: string; body: RequestInit['body']; headers: Record<string, string> }[] = [
    { name: 'text/plain', body: JSON.stringify({ query: write }), headers: { 'content-type': 'text/plain' } },
    { name: 'application/xml', body: '<query>mutation</query>', headers: { 'content-type': 'application/xml' } },
    {
      name: 'no content-type at all',
      body: new Uint8Array(Buffer.from(JSON.stringify({ query: write }))),
      headers: {},
    },
  ];

  for (const c of wrongTypes) {
    it(`wrong content-type (${c.name}) → 415, nothing written`, async () => {
      const response = await expectNothingWritten(api.db, () => post(api.graphqlUrl, c.body, { token }, c.headers));
      expect(response.status).toBe(415);
      expectNoLeak(response.text);
    });

    // yoga alone would answer an empty 415.
    it(`wrong content-type (${c.name}) → the 415 says which types are accepted, with a code`, async () => {
      const response = await post(api.graphqlUrl, c.body, { token }, c.headers);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/application\/json.*multipart\/form-data/);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// 3. Wrongly typed variables: refused before any resolver runs, with BAD_USER_INPUT naming the variable.
// ---------------------------------------------------------------------------------------------------------------

describe('wrongly typed variables', () => {
  let api: TestServer;
  let requestId: string;
  beforeAll(async () => {
    api = await startTestServer();
    requestId = (await createRequest(api)).id;
  });
  afterAll(() => api?.stop());

  const page = 'query($first: Int) { requests(first: $first) { edges { node { id } } } }';
  const cases: {
    name: string;
    rpps: string;
    query: string;
    variables: () => Record<string, unknown>;
    message: RegExp;
  }[] = [
    {
      name: 'a string for an Int',
      rpps: RPPS.requester,
      query: page,
      variables: () => ({ first: 'ten' }),
      message: /Variable "\$first" got invalid value "ten"/,
    },
    {
      name: 'a float for an Int',
      rpps: RPPS.requester,
      query: page,
      variables: () => ({ first: 1.5 }),
      message: /Variable "\$first" got invalid value 1\.5/,
    },
    {
      name: 'a huge number (1e20) for an Int',
      rpps: RPPS.requester,
      query: page,
      variables: () => ({ first: 1e20 }),
      message: /Variable "\$first" .*non 32-bit signed integer/,
    },
    {
      name: '2^31 for an Int',
      rpps: RPPS.requester,
      query: page,
      variables: () => ({ first: 2 ** 31 }),
      message: /Variable "\$first" .*non 32-bit signed integer/,
    },
    {
      name: 'an object for an ID',
      rpps: RPPS.requester,
      query: 'query($id: ID!) { node(id: $id) { id } }',
      variables: () => ({ id: { id: 1 } }),
      message: /Variable "\$id" got invalid value/,
    },
    {
      name: 'a missing required variable',
      rpps: RPPS.expert,
      query: 'mutation($id: ID!, $reason: String!) { declineRequest(requestId: $id, reason: $reason) { status } }',
      variables: () => ({ id: requestId }),
      message: /Variable "\$reason" of required type "String!" was not provided/,
    },
    {
      name: 'null for a required variable',
      rpps: RPPS.expert,
      query: 'mutation($id: ID!, $reason: String!) { declineRequest(requestId: $id, reason: $reason) { status } }',
      variables: () => ({ id: requestId, reason: null }),
      message: /Variable "\$reason" of non-null type "String!" must not be null/,
    },
    {
      name: 'an unknown enum value (in a list in an input)',
      rpps: RPPS.requester,
      query: 'query($filter: RequestFilter) { requests(filter: $filter) { edges { node { id } } } }',
      variables: () => ({ filter: { status: ['BOGUS'] } }),
      message:
        /Variable "\$filter" got invalid value "BOGUS" at "filter\.status\[0\]"; Value "BOGUS" does not exist in "RequestStatus" enum/,
    },
    {
      name: 'an unknown enum value (in a mutation input)',
      rpps: RPPS.expert,
      query: 'mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }',
      variables: () => ({ input: { requestId, conclusion: 'Bénin.', followUp: 'MAYBE' } }),
      message: /Variable "\$input" got invalid value "MAYBE" at "input\.followUp"/,
    },
    {
      name: 'a word for a DateTime',
      rpps: RPPS.expert,
      query: 'mutation($id: ID!, $due: DateTime!) { acceptRequest(requestId: $id, responseDueAt: $due) { status } }',
      variables: () => ({ id: requestId, due: 'tomorrow' }),
      message: /Variable "\$due" got invalid value "tomorrow"/,
    },
    {
      name: 'a five-digit year for a Date',
      rpps: RPPS.requester,
      query: 'query($from: Date!, $to: Date!) { billingActs(from: $from, to: $to) { id } }',
      variables: () => ({ from: '99999-01-01', to: '2026-01-01' }),
      message: /Variable "\$from" got invalid value "99999-01-01"/,
    },
    {
      name: 'a list for a String',
      rpps: RPPS.requester,
      query: 'mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }',
      variables: () => ({ input: { requestId, body: ['Bonjour'] } }),
      message: /Variable "\$input" got invalid value .* at "input\.body"/,
    },
    {
      name: 'an unknown input field',
      rpps: RPPS.requester,
      query: 'mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }',
      variables: () => ({ input: { requestId, body: 'Bonjour', authorId: 'someone-else' } }),
      message: /Variable "\$input" got invalid value .*Field "authorId" is not defined by type "PostMessageInput"/,
    },
  ];

  for (const c of cases) {
    it(`${c.name} → 400 BAD_USER_INPUT naming the variable`, async () => {
      const response = await expectNothingWritten(api.db, () => api.graphql(c.query, c.variables(), { rpps: c.rpps }));
      expect(response.status).toBe(400);
      expect('data' in response).toBe(false);
      response.expectError('BAD_USER_INPUT', { message: c.message });
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// 4. Oversized and lying uploads. test/attachments.test.ts already covers, on postMessage: a file over the limit
//    (413, message count unchanged), a text file named .png, an .exe and a .zip refused, a File sent as a JSON value.
//    Here: the other upload mutations over the limit, a .pdf name and type over other bytes, too many files or
//    fields, bad maps, no operations, and Content-Length lies on the wire, each with every table checked.
// ---------------------------------------------------------------------------------------------------------------

describe('oversized and lying uploads', () => {
  const LIMIT = 2048;
  const BOUNDARY = 'hostile-boundary-7d0a';
  let api: TestServer;
  let requestId: string;
  let requesterToken: string;
  beforeAll(async () => {
    // A client has 2 s to send its whole request here (120 s by default).
    api = await startTestServer({ MAX_UPLOAD_BYTES: String(LIMIT), REQUEST_TIMEOUT_SECONDS: '2' });
    requestId = (await createRequest(api)).id;
    requesterToken = await tokenFor(RPPS.requester);
  });
  afterAll(() => api?.stop());

  type Part = Parameters<typeof multipartBody>[1][number];
  const send = async (parts: Part[], rpps: string = RPPS.requester) =>
    post(
      api.graphqlUrl,
      new Uint8Array(multipartBody(BOUNDARY, parts)),
      { rpps },
      {
        accept: 'application/graphql-response+json',
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'graphql-require-preflight': '1',
      },
    );
  const postMessageOperation = (count = 1) =>
    JSON.stringify({
      query: 'mutation($input: PostMessageInput!) { postMessage(input: $input) { id attachments { mediaType } } }',
      variables: { input: { requestId, body: 'Pièce jointe', attachments: Array.from({ length: count }, () => null) } },
    });
  const operations = (value: string): Part => ({ name: 'operations', value });
  const map = (value: unknown): Part => ({
    name: 'map',
    value: typeof value === 'string' ? value : JSON.stringify(value),
  });
  const file = (name: string, bytes: Buffer, fileName = 'notes.txt', type = 'text/plain'): Part => ({
    name,
    value: bytes,
    fileName,
    type,
  });
  const oneFile = (bytes: Buffer, fileName?: string, type?: string) => [
    operations(postMessageOperation()),
    map({ 0: ['variables.input.attachments.0'] }),
    file('0', bytes, fileName, type),
  ];
  const stillServing = async () => {
    const response = await graphql(api.graphqlUrl, '{ me { rpps } }', undefined, { token: requesterToken });
    expect(response.data).toEqual({ me: { rpps: RPPS.requester } });
  };

  it('control: a small text file is accepted', async () => {
    const response = await send(oneFile(Buffer.from('Créatininémie 92 µmol/L\n')));
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({ postMessage: { attachments: [{ mediaType: 'text/plain' }] } });
  });

  describe('a file over MAX_UPLOAD_BYTES (2048) → 413 BAD_USER_INPUT, nothing written', () => {
    const tooBig = Buffer.alloc(LIMIT + 1, 0x41);
    const expectTooLarge = (response: GraphQLResult<unknown>) => {
      expect(response.status).toBe(413);
      response.expectError('BAD_USER_INPUT', { message: /larger than the 2048 bytes allowed/ });
    };

    it('on postMessage', async () => {
      expectTooLarge(await expectNothingWritten(api.db, () => send(oneFile(tooBig))));
    });

    it('on createRequest (no request is created)', async () => {
      const input = {
        expertId: await professionalId(api.db, RPPS.expert),
        question: 'Avis sur la pièce jointe ?',
        patient,
        consent,
        attachments: [null],
      };
      const body = JSON.stringify({
        query: 'mutation($input: CreateRequestInput!) { createRequest(input: $input) { id } }',
        variables: { input },
      });
      expectTooLarge(
        await expectNothingWritten(api.db, () =>
          send([operations(body), map({ 0: ['variables.input.attachments.0'] }), file('0', tooBig)]),
        ),
      );
    });

    it('on addPrerequisiteTemplate', async () => {
      const body = JSON.stringify({
        query: 'mutation($file: File!) { addPrerequisiteTemplate(file: $file) { listed } }',
        variables: { file: null },
      });
      expectTooLarge(
        await expectNothingWritten(api.db, () =>
          send(
            [operations(body), map({ 0: ['variables.file'] }), file('0', tooBig, 'modele.pdf', 'application/pdf')],
            RPPS.expert,
          ),
        ),
      );
    });
  });

  describe('a file named .pdf and sent as application/pdf whose bytes are something else → BAD_USER_INPUT naming the file', () => {
    const liars: { name: string; bytes: Buffer; message: RegExp }[] = [
      {
        name: 'a Windows executable (MZ)',
        bytes: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, ...new Array(60).fill(0)]),
        message: /"compte-rendu\.pdf" is a EXE file/,
      },
      {
        name: 'a Linux executable (ELF)',
        bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, ...new Array(60).fill(0)]),
        message: /"compte-rendu\.pdf" is a ELF file/,
      },
      {
        name: 'an HTML page with a script',
        bytes: Buffer.from('<!DOCTYPE html><html><body><script>fetch("/graphql")</script></body></html>'),
        message: /"compte-rendu\.pdf" is not a PDF document/,
      },
      {
        name: 'plain text',
        bytes: Buffer.from('Ceci n’est pas un PDF.\n'),
        message: /"compte-rendu\.pdf" is not a PDF document: its content is plain text/,
      },
    ];
    for (const liar of liars) {
      it(liar.name, async () => {
        const response = await expectNothingWritten(api.db, () =>
          send(oneFile(liar.bytes, 'compte-rendu.pdf', 'application/pdf')),
        );
        expect(response.status).toBe(200);
        response.expectError('BAD_USER_INPUT', { message: liar.message });
        expect(response.errors?.[0]?.extensions?.['fileName']).toBe('compte-rendu.pdf');
      });
    }
  });

  it('more files than allowed → 413 BAD_USER_INPUT "At most 20 files…", nothing written', async () => {
    const count = 21;
    const response = await expectNothingWritten(api.db, () =>
      send([
        operations(postMessageOperation(count)),
        map(
          Object.fromEntries(
            Array.from({ length: count }, (_, i) => [String(i), [`variables.input.attachments.${i}`]]),
          ),
        ),
        ...Array.from({ length: count }, (_, i) => file(String(i), Buffer.from(`note ${i}\n`), `note-${i}.txt`)),
      ]),
    );
    expect(response.status).toBe(413);
    response.expectError('BAD_USER_INPUT', { message: /At most 20 files can be sent at once/ });
  });

  it('more form fields than allowed (11 extra fields) → 413 BAD_USER_INPUT, nothing written', async () => {
    const extra = Array.from({ length: 11 }, (_, i): Part => ({ name: `extra${i}`, value: 'x' }));
    const response = await expectNothingWritten(api.db, () => send([...oneFile(Buffer.from('note\n')), ...extra]));
    expect(response.status).toBe(413);
    response.expectError('BAD_USER_INPUT', { message: /too many or too large fields/ });
  });

  it('an operations field over 1 MiB → 413 BAD_USER_INPUT, nothing written', async () => {
    const huge = JSON.stringify({ query: '{ me { rpps } }', variables: { padding: 'x'.repeat(1024 * 1024 + 10) } });
    const response = await expectNothingWritten(api.db, () => send([operations(huge)]));
    expect(response.status).toBe(413);
    response.expectError('BAD_USER_INPUT', { message: /too many or too large fields/ });
  });

  describe('a map that points nowhere → 400 BAD_USER_INPUT naming the variable, nothing written', () => {
    const maps: { name: string; map: unknown }[] = [
      { name: 'a path under a non-existent input field', map: { 0: ['variables.input.nowhere.0'] } },
      { name: 'a non-existent variable', map: { 0: ['variables.nothing'] } },
      { name: 'an index past the end of the list', map: { 0: ['variables.input.attachments.5'] } },
      { name: 'a file part that was never sent', map: { 1: ['variables.input.attachments.0'] } },
    ];
    for (const m of maps) {
      it(m.name, async () => {
        const response = await expectNothingWritten(api.db, () =>
          send([operations(postMessageOperation()), map(m.map), file('0', Buffer.from('note\n'))]),
        );
        expect(response.status).toBe(400);
        expect(response.codes.length).toBeGreaterThan(0);
        expect(new Set(response.codes)).toEqual(new Set(['BAD_USER_INPUT']));
        expect(response.errors?.[0]?.message).toMatch(/Variable "\$input" got invalid value/);
        expectNoLeak(response.text);
      });
    }

    it('a map whose entries are strings, not lists → 400 BAD_USER_INPUT', async () => {
      const response = await expectNothingWritten(api.db, () =>
        send([
          operations(postMessageOperation()),
          map({ 0: 'variables.input.attachments.0' }),
          file('0', Buffer.from('note\n')),
        ]),
      );
      expect(response.status).toBe(400);
      // The message ("Unexpected parameter "0" in the request body") is yoga's, and says little about the map.
      response.expectError('BAD_USER_INPUT', { message: /Unexpected parameter/ });
    });

    it('a map aimed at __proto__ or constructor.prototype pollutes nothing', async () => {
      const response = await expectNothingWritten(api.db, () =>
        send([
          operations(postMessageOperation()),
          map({ 0: ['__proto__.polluted', 'variables.__proto__.polluted', 'constructor.prototype.polluted'] }),
          file('0', Buffer.from('note\n')),
        ]),
      );
      expect(response.status).toBe(400);
      expect(new Set(response.codes)).toEqual(new Set(['BAD_USER_INPUT']));
      // The server runs in this process: a polluted prototype would show here.
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  });

  describe('multipart without a usable operations or map field → BAD_USER_INPUT naming the field, nothing written', () => {
    const broken: { name: string; parts: () => Part[]; message: RegExp }[] = [
      {
        name: 'no operations',
        parts: () => [map({ 0: ['variables.input.attachments.0'] }), file('0', Buffer.from('note\n'))],
        message: /Missing multipart form field "operations"/,
      },
      {
        name: 'operations not JSON',
        parts: () => [operations('{"query": '), map({}), file('0', Buffer.from('note\n'))],
        message: /"operations" must be a valid JSON string/,
      },
      {
        name: 'map not JSON',
        parts: () => [operations(postMessageOperation()), map('{"0": '), file('0', Buffer.from('note\n'))],
        message: /"map" must be a valid JSON string/,
      },
    ];
    for (const b of broken) {
      it(b.name, async () => {
        const response = await expectNothingWritten(api.db, () => send(b.parts()));
        response.expectError('BAD_USER_INPUT', { message: b.message });
      });

      // yoga's multipart parser throws these without an HTTP status (it would answer 200).
      it(`${b.name} → a 4xx status`, async () => {
        const response = await send(b.parts());
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
      });
    }
  });

  describe('Content-Length that lies (raw TCP, the headers as written)', () => {
    const wire = (declared: (actual: number) => number) => {
      const body = multipartBody(BOUNDARY, oneFile(Buffer.from('Créatininémie 92 µmol/L\n')));
      const head = [
        'POST /graphql HTTP/1.1',
        'Host: 127.0.0.1',
        `Authorization: Bearer ${requesterToken}`,
        'Accept: application/graphql-response+json',
        `Content-Type: multipart/form-data; boundary=${BOUNDARY}`,
        'GraphQL-Require-Preflight: 1',
        `Content-Length: ${declared(body.length)}`,
      ].join('\r\n');
      return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), body]);
    };

    it.each([
      { lie: 'declares less than sent', declared: (n: number) => n - 40, halfClose: false },
      {
        lie: 'declares more than sent, then the client ends its side',
        declared: (n: number) => n + 500,
        halfClose: true,
      },
    ])(
      '$lie → 400 and the connection closed at once; nothing written; the server still answers',
      async ({ declared, halfClose }) => {
        const outcome = await expectNothingWritten(api.db, async () => {
          const sent = await sendOnWire(api.url, wire(declared), { waitMs: 5000, halfClose });
          // A round trip after it, so that a late write of the cut request would be in the snapshot.
          await stillServing();
          return sent;
        });
        expect(outcome.ended).not.toBe('timeout');
        expect(outcome.elapsedMs).toBeLessThan(5000);
        // Node's own answer (to the bytes past the declared length, read as a next request; or to the early end): no body.
        expect(outcome.status).toBe(400);
        expectNoLeak(outcome.received);
      },
    );

    it('declares more than sent and keeps the connection open: others are served meanwhile; once dropped, nothing written', async () => {
      await expectNothingWritten(api.db, async () => {
        const stalled = sendOnWire(
          api.url,
          wire((n) => n + 500),
          { waitMs: 3000 },
        );
        await new Promise((resolve) => setTimeout(resolve, 300));
        await stillServing();
        const outcome = await stalled;
        expectNoLeak(wireBody(outcome.received));
      });
      await stillServing();
    });

    // REQUEST_TIMEOUT_SECONDS (2 s on this server, 120 s by default) bounds a stalled body.
    it('declares more than sent and keeps the connection open → answered or closed within 5 s', async () => {
      const outcome = await sendOnWire(
        api.url,
        wire((n) => n + 500),
        { waitMs: 5000 },
      );
      expect(outcome.ended).not.toBe('timeout');
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 5. Invalid global ids in every ID argument (queries, mutations, subscriptions).
// ---------------------------------------------------------------------------------------------------------------

/** The ids of a request with a message, a delegation, an expert's template, and the professionals the cases act as. */
async function oneRecordOfEachKind(api: TestServer) {
  const request = await createRequest(api);
  const message = await postMessage(api, request.id, RPPS.requester, 'Une précision.');
  const granted = await api.graphql(
    GrantDelegationDocument,
    { delegateId: await professionalId(api.db, RPPS.secretary) },
    { rpps: RPPS.requester },
  );
  const template = await api.upload(
    AddPrerequisiteTemplateDocument,
    { file: null as never },
    { file: files.pdf('modele.pdf') },
    { rpps: RPPS.expert },
  );
  return {
    request: request.id,
    message: message.id,
    delegation: granted.data!.grantDelegation.id,
    template: template.data!.addPrerequisiteTemplate.prerequisiteTemplates[0]!.id,
    expert: await professionalId(api.db, RPPS.expert),
    requester: await professionalId(api.db, RPPS.requester),
    outsider: await professionalId(api.db, RPPS.outsider),
    colleague: await professionalId(api.db, RPPS.colleague),
  };
}
type Records = Awaited<ReturnType<typeof oneRecordOfEachKind>>;

describe('invalid global ids in every ID argument', () => {
  let api: TestServer;
  let ids: Records;
  beforeAll(async () => {
    api = await startTestServer();
    ids = await oneRecordOfEachKind(api);
  });
  afterAll(() => api?.stop());

  const MISSING_UUID = '00000000-0000-7000-8000-000000000000';
  const createInput = (overrides: Record<string, unknown> = {}) => ({
    expertId: ids.expert,
    question: 'Avis ?',
    patient,
    consent,
    ...overrides,
  });

  interface IdArgument {
    name: string;
    /** The type the argument is for; undefined: any Node (node, nodes). */
    typename: string | undefined;
    rpps: string;
    query: string;
    variables(id: string): Record<string, unknown>;
    /** The code for a well-formed id of the right type that names nothing. */
    missing: string;
    transport?: 'ws';
  }

  const args: IdArgument[] = [
    {
      name: 'node(id)',
      typename: undefined,
      rpps: RPPS.requester,
      query: 'query($id: ID!) { node(id: $id) { id } }',
      variables: (id) => ({ id }),
      missing: 'NOT_FOUND',
    },
    {
      name: 'nodes(ids)',
      typename: undefined,
      rpps: RPPS.requester,
      query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: (id) => ({ ids: [id] }),
      missing: 'NOT_FOUND',
    },
    {
      name: 'reimbursementForecast(expertId)',
      typename: 'Professional',
      rpps: RPPS.requester,
      query: 'query($expertId: ID!) { reimbursementForecast(expertId: $expertId) { reimbursable } }',
      variables: (expertId) => ({ expertId }),
      missing: 'NOT_FOUND',
    },
    {
      name: 'reimbursementForecast(onBehalfOfId)',
      typename: 'Professional',
      rpps: RPPS.secretary,
      query:
        'query($expertId: ID!, $onBehalfOfId: ID) { reimbursementForecast(expertId: $expertId, onBehalfOfId: $onBehalfOfId) { reimbursable } }',
      variables: (onBehalfOfId) => ({ expertId: ids.expert, onBehalfOfId }),
      missing: 'FORBIDDEN',
    },
    {
      name: 'reimbursementForecast(patient.treatingDoctorId)',
      typename: 'Professional',
      rpps: RPPS.requester,
      query:
        'query($expertId: ID!, $patient: PatientInput) { reimbursementForecast(expertId: $expertId, patient: $patient) { reimbursable } }',
      variables: (treatingDoctorId) => ({ expertId: ids.expert, patient: { ...patient, treatingDoctorId } }),
      // The forecast does not use the treating doctor: a well-formed id naming no one is ignored, and the check is
      // answered (and traced as a read, so this one case is not wrapped in expectNothingWritten).
      missing: 'OK',
    },
    {
      name: 'acceptRequest(requestId)',
      typename: 'TeleexpertiseRequest',
      rpps: RPPS.expert,
      query: 'mutation($id: ID!, $due: DateTime!) { acceptRequest(requestId: $id, responseDueAt: $due) { id } }',
      variables: (id) => ({ id, due: inDays(2) }),
      missing: 'NOT_FOUND',
    },
    {
      name: 'declineRequest(requestId)',
      typename: 'TeleexpertiseRequest',
      rpps: RPPS.expert,
      query: 'mutation($id: ID!) { declineRequest(requestId: $id, reason: "Hors champ") { id } }',
      variables: (id) => ({ id }),
      missing: 'NOT_FOUND',
    },
    {
      name: 'requestInformation(requestId)',
      typename: 'TeleexpertiseRequest',
      rpps: RPPS.expert,
      query: 'mutation($id: ID!) { requestInformation(requestId: $id, message: "Une photo ?") { id } }',
      variables: (id) => ({ id }),
      missing: 'NOT_FOUND',
    },
    {
      name: 'withdrawRequest(requestId)',
      typename: 'TeleexpertiseRequest',
      rpps: RPPS.requester,
      query: 'mutation($id: ID!) { withdrawRequest(requestId: $id) { id } }',
      variables: (id) => ({ id }),
      missing: 'NOT_FOUND',
    },
    {
      name: 'submitReport(input.requestId)',
      typename: 'TeleexpertiseRequest',
      rpps: RPPS.expert,
      query: 'mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }',
      variables: (requestId) => ({ input: { requestId, conclusion: 'Bénin.', followUp: 'NONE' } }),
      missing: 'NOT_FOUND',
    },
    {
      name: 'postMessage(input.requestId)',
      typename: 'TeleexpertiseRequest',
      rpps: RPPS.requester,
      query: 'mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }',
      variables: (requestId) => ({ input: { requestId, body: 'Bonjour' } }),
      missing: 'NOT_FOUND',
    },
    {
      name: 'markRead(requestId)',
      typename: 'TeleexpertiseRequest',
      rpps: RPPS.expert,
      query: 'mutation($id: ID!, $upTo: ID!) { markRead(requestId: $id, upTo: $upTo) { id } }',
      variables: (id) => ({ id, upTo: ids.message }),
      missing: 'NOT_FOUND',
    },
    {
      name: 'markRead(upTo)',
      typename: 'Message',
      rpps: RPPS.expert,
      query: 'mutation($id: ID!, $upTo: ID!) { markRead(requestId: $id, upTo: $upTo) { id } }',
      variables: (upTo) => ({ id: ids.request, upTo }),
      missing: 'NOT_FOUND',
    },
    {
      name: 'shareSynthesis(requestId)',
      typename: 'TeleexpertiseRequest',
      rpps: RPPS.requester,
      query: 'mutation($id: ID!, $to: ID!) { shareSynthesis(requestId: $id, recipientId: $to) { id } }',
      variables: (id) => ({ id, to: ids.colleague }),
      missing: 'NOT_FOUND',
    },
    {
      name: 'shareSynthesis(recipientId)',
      typename: 'Professional',
      rpps: RPPS.requester,
      query: 'mutation($id: ID!, $to: ID!) { shareSynthesis(requestId: $id, recipientId: $to) { id } }',
      variables: (to) => ({ id: ids.request, to }),
      missing: 'NOT_FOUND',
    },
    {
      name: 'createRequest(input.expertId)',
      typename: 'Professional',
      rpps: RPPS.requester,
      query: 'mutation($input: CreateRequestInput!) { createRequest(input: $input) { id } }',
      variables: (expertId) => ({ input: createInput({ expertId }) }),
      missing: 'NOT_FOUND',
    },
    {
      name: 'createRequest(input.onBehalfOfId)',
      typename: 'Professional',
      rpps: RPPS.secretary,
      query: 'mutation($input: CreateRequestInput!) { createRequest(input: $input) { id } }',
      variables: (onBehalfOfId) => ({ input: createInput({ onBehalfOfId }) }),
      missing: 'FORBIDDEN',
    },
    {
      name: 'createRequest(input.patient.treatingDoctorId)',
      typename: 'Professional',
      rpps: RPPS.requester,
      query: 'mutation($input: CreateRequestInput!) { createRequest(input: $input) { id } }',
      variables: (treatingDoctorId) => ({ input: createInput({ patient: { ...patient, treatingDoctorId } }) }),
      missing: 'BAD_USER_INPUT',
    },
    {
      name: 'grantDelegation(delegateId)',
      typename: 'Professional',
      rpps: RPPS.requester,
      query: 'mutation($id: ID!) { grantDelegation(delegateId: $id) { id } }',
      variables: (id) => ({ id }),
      missing: 'NOT_FOUND',
    },
    {
      name: 'revokeDelegation(id)',
      typename: 'Delegation',
      rpps: RPPS.requester,
      query: 'mutation($id: ID!) { revokeDelegation(id: $id) { id } }',
      variables: (id) => ({ id }),
      missing: 'NOT_FOUND',
    },
    {
      name: 'removePrerequisiteTemplate(id)',
      typename: 'Attachment',
      rpps: RPPS.expert,
      query: 'mutation($id: ID!) { removePrerequisiteTemplate(id: $id) { listed } }',
      variables: (id) => ({ id }),
      missing: 'NOT_FOUND',
    },
    {
      name: 'subscription messageAdded(requestId) over WebSocket',
      typename: 'TeleexpertiseRequest',
      rpps: RPPS.requester,
      query: 'subscription($id: ID!) { messageAdded(requestId: $id) { id } }',
      variables: (id) => ({ id }),
      missing: 'NOT_FOUND',
      transport: 'ws',
    },
    {
      name: 'subscription messageAdded(after) over WebSocket',
      typename: 'Message',
      rpps: RPPS.requester,
      query: 'subscription($id: ID!, $after: ID) { messageAdded(requestId: $id, after: $after) { id } }',
      variables: (after) => ({ id: ids.request, after }),
      // "after is not a message of this request": BAD_USER_INPUT, where markRead(upTo) says NOT_FOUND.
      missing: 'BAD_USER_INPUT',
      transport: 'ws',
    },
    {
      name: 'subscription requestUpdated(requestId) over WebSocket',
      typename: 'TeleexpertiseRequest',
      rpps: RPPS.requester,
      query: 'subscription($id: ID!) { requestUpdated(requestId: $id) { id } }',
      variables: (id) => ({ id }),
      missing: 'NOT_FOUND',
      transport: 'ws',
    },
  ];

  /** The errors of one call, whichever the transport. */
  async function call(
    arg: IdArgument,
    id: string,
  ): Promise<{ errors: { message: string; extensions?: Record<string, unknown> }[]; text: string }> {
    const token = await tokenFor(arg.rpps);
    if (arg.transport === 'ws') {
      const outcome = await wsAttempt(api.graphqlUrl, `Bearer ${token}`, {
        query: arg.query,
        variables: arg.variables(id),
        settleMs: 3000,
      });
      const text = JSON.stringify(outcome.messages);
      const result = outcome.messages.find((m) => m.id === '1' && (m.type === 'error' || m.type === 'next'));
      const errors =
        (result?.type === 'error' ? result.payload : (result?.payload as { errors?: unknown } | undefined)?.errors) ??
        [];
      return { errors: errors as { message: string; extensions?: Record<string, unknown> }[], text };
    }
    const response = await graphql(api.graphqlUrl, arg.query, arg.variables(id), { token });
    return { errors: response.errors ?? [], text: response.text };
  }

  for (const arg of args) {
    it(`${arg.name}: not base64, base64 of "Foo:123", a non-UUID id, ${arg.typename ? 'an id of another type, ' : ''}an empty string → BAD_USER_INPUT; a missing UUID → ${arg.missing}`, async () => {
      const otherType = arg.typename === 'Professional' ? ids.request : ids.outsider;
      const malformed: [string, string][] = [
        ['not base64', '%%not*base64%%'],
        ['base64 of Foo:123', Buffer.from('Foo:123').toString('base64')],
        ['right type, non-UUID id', globalId(arg.typename ?? 'TeleexpertiseRequest', '123')],
        ['an empty string', ''],
        ...(arg.typename ? ([['an id of another type', otherType]] as [string, string][]) : []),
      ];
      for (const [label, id] of malformed) {
        const { errors, text } = await expectNothingWritten(api.db, () => call(arg, id));
        expect(
          errors.map((e) => e.extensions?.['code']),
          `${label}: ${text}`,
        ).toEqual(['BAD_USER_INPUT']);
        expect(errors[0]?.message, label).toMatch(/is not an id this API issued|is not of type/);
        expectNoLeak(text);
      }
      const missing = globalId(arg.typename ?? 'TeleexpertiseRequest', MISSING_UUID);
      const { errors, text } =
        arg.missing === 'OK' ? await call(arg, missing) : await expectNothingWritten(api.db, () => call(arg, missing));
      expect(
        errors.map((e) => e.extensions?.['code']),
        `missing: ${text}`,
      ).toEqual(arg.missing === 'OK' ? [] : [arg.missing]);
      expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|Unexpected error/);
      expectNoLeak(text);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// 6. Every mutation by an outsider (RPPS.outsider takes part in nothing) and by the wrong side of the request.
//    The rule (src/domain/access.ts): whoever does not take part is told the record does not exist (NOT_FOUND,
//    lockRequest); a participant on the other side is told FORBIDDEN with what they cannot do (requireSide);
//    acting in someone's name without their live delegation is FORBIDDEN (liveDelegation).
//    updateExpertProfile and addPrerequisiteTemplate name no record: they act on the caller's own profile, so no one
//    can aim them at someone else's; grantDelegation can only grant the caller's own delegation.
// ---------------------------------------------------------------------------------------------------------------

describe('every mutation by the wrong person', () => {
  let api: TestServer;
  let ids: Records & { reported: string };
  beforeAll(async () => {
    api = await startTestServer();
    const records = await oneRecordOfEachKind(api);
    const reported = await createRequest(api);
    await signReport(api, reported.id);
    ids = { ...records, reported: reported.id };
  });
  afterAll(() => api?.stop());

  const Q = {
    accept: 'mutation($id: ID!, $due: DateTime!) { acceptRequest(requestId: $id, responseDueAt: $due) { id status } }',
    decline: 'mutation($id: ID!) { declineRequest(requestId: $id, reason: "Hors de mon champ.") { id status } }',
    info: 'mutation($id: ID!) { requestInformation(requestId: $id, message: "Une photo ?") { id status } }',
    withdraw: 'mutation($id: ID!) { withdrawRequest(requestId: $id, reason: "Plus nécessaire.") { id status } }',
    report: 'mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }',
    post: 'mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }',
    markRead: 'mutation($id: ID!, $upTo: ID!) { markRead(requestId: $id, upTo: $upTo) { id } }',
    share: 'mutation($id: ID!, $to: ID!) { shareSynthesis(requestId: $id, recipientId: $to) { id } }',
    create: 'mutation($input: CreateRequestInput!) { createRequest(input: $input) { id } }',
    grant: 'mutation($id: ID!) { grantDelegation(delegateId: $id) { id } }',
    revoke: 'mutation($id: ID!) { revokeDelegation(id: $id) { id } }',
    removeTemplate: 'mutation($id: ID!) { removePrerequisiteTemplate(id: $id) { listed } }',
  };
  const reportInput = (requestId: string, correctionReason?: string) => ({
    input: {
      requestId,
      conclusion: 'Lésion bénigne, surveillance.',
      followUp: 'NONE',
      ...(correctionReason && { correctionReason }),
    },
  });

  interface WrongCall {
    name: string;
    rpps: string;
    query: string;
    variables(): Record<string, unknown>;
    code: 'NOT_FOUND' | 'FORBIDDEN' | 'BAD_USER_INPUT';
    message: RegExp;
  }

  const outsider = RPPS.outsider;
  const outsiderCalls: WrongCall[] = [
    {
      name: 'acceptRequest',
      rpps: outsider,
      query: Q.accept,
      variables: () => ({ id: ids.request, due: inDays(2) }),
      code: 'NOT_FOUND',
      message: /Request was not found/,
    },
    {
      name: 'declineRequest',
      rpps: outsider,
      query: Q.decline,
      variables: () => ({ id: ids.request }),
      code: 'NOT_FOUND',
      message: /Request was not found/,
    },
    {
      name: 'requestInformation',
      rpps: outsider,
      query: Q.info,
      variables: () => ({ id: ids.request }),
      code: 'NOT_FOUND',
      message: /Request was not found/,
    },
    {
      name: 'withdrawRequest',
      rpps: outsider,
      query: Q.withdraw,
      variables: () => ({ id: ids.request }),
      code: 'NOT_FOUND',
      message: /Request was not found/,
    },
    {
      name: 'submitReport',
      rpps: outsider,
      query: Q.report,
      variables: () => reportInput(ids.request),
      code: 'NOT_FOUND',
      message: /Request was not found/,
    },
    {
      name: 'submitReport (a correction of a signed report)',
      rpps: outsider,
      query: Q.report,
      variables: () => reportInput(ids.reported, 'Erreur de latéralité.'),
      code: 'NOT_FOUND',
      message: /Request was not found/,
    },
    {
      name: 'postMessage',
      rpps: outsider,
      query: Q.post,
      variables: () => ({ input: { requestId: ids.request, body: 'Bonjour' } }),
      code: 'NOT_FOUND',
      message: /Request was not found/,
    },
    {
      name: 'markRead',
      rpps: outsider,
      query: Q.markRead,
      variables: () => ({ id: ids.request, upTo: ids.message }),
      code: 'NOT_FOUND',
      message: /Request was not found/,
    },
    {
      name: 'shareSynthesis',
      rpps: outsider,
      query: Q.share,
      variables: () => ({ id: ids.request, to: ids.colleague }),
      code: 'NOT_FOUND',
      message: /Request was not found/,
    },
    {
      name: 'revokeDelegation (the requester’s to the secretary)',
      rpps: outsider,
      query: Q.revoke,
      variables: () => ({ id: ids.delegation }),
      code: 'NOT_FOUND',
      message: /Delegation was not found/,
    },
    {
      name: 'removePrerequisiteTemplate (the expert’s)',
      rpps: outsider,
      query: Q.removeTemplate,
      variables: () => ({ id: ids.template }),
      code: 'NOT_FOUND',
      message: /Template was not found/,
    },
    {
      name: 'createRequest in the requester’s name, without a delegation',
      rpps: outsider,
      query: Q.create,
      variables: () => ({ input: { expertId: '', question: 'Avis ?', patient, consent, onBehalfOfId: ids.requester } }),
      code: 'FORBIDDEN',
      message: /no live delegation from this professional/,
    },
    {
      name: 'grantDelegation to oneself',
      rpps: outsider,
      query: Q.grant,
      variables: () => ({ id: ids.outsider }),
      code: 'BAD_USER_INPUT',
      message: /cannot delegate to yourself/,
    },
  ];

  const wrongSide: WrongCall[] = [
    {
      name: 'the requester accepts',
      rpps: RPPS.requester,
      query: Q.accept,
      variables: () => ({ id: ids.request, due: inDays(2) }),
      code: 'FORBIDDEN',
      message: /Only the expert can accept the request/,
    },
    {
      name: 'the requester declines',
      rpps: RPPS.requester,
      query: Q.decline,
      variables: () => ({ id: ids.request }),
      code: 'FORBIDDEN',
      message: /Only the expert can decline the request/,
    },
    {
      name: 'the requester requests information',
      rpps: RPPS.requester,
      query: Q.info,
      variables: () => ({ id: ids.request }),
      code: 'FORBIDDEN',
      message: /Only the expert can request information/,
    },
    {
      name: 'the requester signs a report',
      rpps: RPPS.requester,
      query: Q.report,
      variables: () => reportInput(ids.request),
      code: 'FORBIDDEN',
      message: /Only the expert can sign the report/,
    },
    {
      name: 'the requester corrects the signed report',
      rpps: RPPS.requester,
      query: Q.report,
      variables: () => reportInput(ids.reported, 'Erreur de latéralité.'),
      code: 'FORBIDDEN',
      message: /Only the expert can sign the report/,
    },
    {
      name: 'the expert withdraws',
      rpps: RPPS.expert,
      query: Q.withdraw,
      variables: () => ({ id: ids.request }),
      code: 'FORBIDDEN',
      message: /Only the requester can withdraw the request/,
    },
    {
      name: 'the expert revokes the requester’s delegation',
      rpps: RPPS.expert,
      query: Q.revoke,
      variables: () => ({ id: ids.delegation }),
      code: 'NOT_FOUND',
      message: /Delegation was not found/,
    },
    {
      name: 'the requester removes the expert’s template',
      rpps: RPPS.requester,
      query: Q.removeTemplate,
      variables: () => ({ id: ids.template }),
      code: 'NOT_FOUND',
      message: /Template was not found/,
    },
    {
      name: 'the expert shares the synthesis with a participant (the requester)',
      rpps: RPPS.expert,
      query: Q.share,
      variables: () => ({ id: ids.request, to: ids.requester }),
      code: 'BAD_USER_INPUT',
      message: /takes part in the request/,
    },
  ];

  const check = (c: WrongCall) => async () => {
    const variables = c.variables();
    // createRequest names the expert: filled here, once the fixture exists.
    if (c.query === Q.create)
      (variables['input'] as Record<string, unknown>)['expertId'] = await professionalId(api.db, RPPS.expert);
    const response = await expectNothingWritten(api.db, () => api.graphql(c.query, variables, { rpps: c.rpps }));
    expect(response.status).toBe(200);
    response.expectError(c.code, { message: c.message });
  };

  describe('by an outsider', () => {
    for (const c of outsiderCalls) it(`${c.name} → ${c.code}`, check(c));

    it('postMessage with an attachment (multipart) → NOT_FOUND', async () => {
      const body = JSON.stringify({
        query: Q.post,
        variables: { input: { requestId: ids.request, body: 'Photo', attachments: [null] } },
      });
      const response = await expectNothingWritten(api.db, async () =>
        post(
          api.graphqlUrl,
          new Uint8Array(
            multipartBody('b0undary', [
              { name: 'operations', value: body },
              { name: 'map', value: JSON.stringify({ 0: ['variables.input.attachments.0'] }) },
              { name: '0', value: Buffer.from(files.png().bytes), fileName: 'lesion.png', type: 'image/png' },
            ]),
          ),
          { rpps: outsider },
          { 'content-type': 'multipart/form-data; boundary=b0undary', 'graphql-require-preflight': '1' },
        ),
      );
      response.expectError('NOT_FOUND', { message: /Request was not found/ });
    });
  });

  describe('by the wrong side of the request', () => {
    for (const c of wrongSide) it(`${c.name} → ${c.code}`, check(c));
  });

  it('the rule holds both ways: the same calls by the right side succeed (shareSynthesis is open to either side)', async () => {
    // Not a hostile case: shows that the refusals above come from who called, not from the calls themselves.
    const shared = await api.graphql(Q.share, { id: ids.request, to: ids.outsider }, { rpps: RPPS.expert });
    expect(shared.errors).toBeUndefined();
    const info = await api.graphql(Q.info, { id: ids.request }, { rpps: RPPS.expert });
    expect(info.data).toEqual({ requestInformation: { id: ids.request, status: 'INFO_REQUESTED' } });
    const withdrawn = await api.graphql(Q.withdraw, { id: ids.request }, { rpps: RPPS.requester });
    expect(withdrawn.data).toEqual({ withdrawRequest: { id: ids.request, status: 'WITHDRAWN' } });
  });
});
