// Authentication (docs/api.md#authentication): HS256 in development, RS256/ES256 from a JWKS in production, over HTTP and WebSocket.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import { exportJWK, generateKeyPair, UnsecuredJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEMO_REQUESTER_RPPS } from '../prisma/seed-data.ts';
import { ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig } from '../src/config.ts';
import { MeDocument } from './generated/graphql.ts';
import { startTestServer, type TestServer } from './kit/server.ts';
import { signToken, tokenFor } from './kit/tokens.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const now = () => Math.floor(Date.now() / 1000);

const meWith = (token: string | null) => server.graphql(MeDocument, {}, { token });
const otherSecret = new TextEncoder().encode('another-secret-another-secret-another-secret');

describe('over HTTP', () => {
  it('answers a valid token with the professional it names', async () => {
    const response = await server.graphql(MeDocument, {}, { rpps: DEMO_REQUESTER_RPPS });
    expect(response.status).toBe(200);
    expect(response.data?.me).toMatchObject({ rpps: DEMO_REQUESTER_RPPS, lastName: 'Martin' });
  });

  it('refuses a missing token, and says how to send one', async () => {
    (await meWith(null)).expectError('UNAUTHENTICATED', { status: 401, message: /Authorization header/ });
  });

  it('refuses a token that is not a JWT', async () => {
    (await meWith('not.a.jwt')).expectError('UNAUTHENTICATED', { status: 401 });
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await signToken({ sub: DEMO_REQUESTER_RPPS }, { key: otherSecret, expiresIn: '5m' });
    (await meWith(forged)).expectError('UNAUTHENTICATED', { status: 401, message: /signature/ });
  });

  it('refuses a tampered payload', async () => {
    const [header, , signature] = (await tokenFor(DEMO_REQUESTER_RPPS)).split('.');
    const payload = Buffer.from(JSON.stringify({ sub: '10000000101', exp: now() + 600 })).toString('base64url');
    (await meWith(`${header}.${payload}.${signature}`)).expectError('UNAUTHENTICATED', {
      status: 401,
      message: /signature/,
    });
  });

  it('refuses an unsigned token (alg none)', async () => {
    const unsecured = new UnsecuredJWT({ sub: DEMO_REQUESTER_RPPS }).setExpirationTime('5m').encode();
    (await meWith(unsecured)).expectError('UNAUTHENTICATED', { status: 401, message: /not accepted/ });
  });

  it('refuses an expired token beyond the clock tolerance, and accepts one within it', async () => {
    (await meWith(await tokenFor(DEMO_REQUESTER_RPPS, {}, now() - 120))).expectError('UNAUTHENTICATED', {
      status: 401,
      message: /expired/,
    });
    const withinTolerance = await tokenFor(DEMO_REQUESTER_RPPS, {}, now() - 5);
    expect((await server.graphql(MeDocument, {}, { token: withinTolerance })).status).toBe(200);
  });

  it('trusts a token it verified again without a statement, and checks it afresh once it expires', async () => {
    const exp = now() + 2;
    const token = await tokenFor(DEMO_REQUESTER_RPPS, {}, exp);
    const me = () => server.statements(() => server.graphql(MeDocument, {}, { token }));
    const first = await me();
    const again = await me();
    expect(again.result.data?.me?.rpps).toBe(DEMO_REQUESTER_RPPS);
    // `me` reads the professional (1); the first call also looked them up for the token.
    expect(first.statements.length - again.statements.length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, (exp - Date.now() / 1000) * 1000 + 200));
    // Past its exp the token is verified again (and accepted within the clock tolerance): the lookup is back.
    const expired = await me();
    expect(expired.result.data?.me?.rpps).toBe(DEMO_REQUESTER_RPPS);
    expect(expired.statements).toHaveLength(first.statements.length);
  });

  it('refuses a token without exp', async () => {
    const eternal = await signToken({ sub: DEMO_REQUESTER_RPPS }, { expiresIn: null });
    (await meWith(eternal)).expectError('UNAUTHENTICATED', { status: 401, message: /exp/ });
  });

  it('refuses a subject that is not an RPPS number', async () => {
    (await meWith(await tokenFor('12345', { given_name: 'A', family_name: 'B' }))).expectError('UNAUTHENTICATED', {
      status: 401,
      message: /RPPS/,
    });
  });

  it('provisions an unknown professional from the claims, once', async () => {
    const claims: JWTPayload = {
      given_name: 'Yasmine',
      family_name: 'Benali',
      profession: 'SAGE-FEMME',
      specialty: 'Échographie',
      city: 'Riom',
      postal_code: '63200',
    };
    const token = await tokenFor('19999999999', claims);
    const first = await server.graphql(MeDocument, {}, { token });
    expect(first.data?.me).toMatchObject({
      rpps: '19999999999',
      firstName: 'Yasmine',
      lastName: 'Benali',
      profession: 'MIDWIFE',
      specialty: 'Échographie',
      city: 'Riom',
      postalCode: '63200',
    });
    const second = await server.graphql(MeDocument, {}, { token });
    expect(second.data?.me.id).toBe(first.data?.me.id);
    expect(await server.db.prisma.professional.count({ where: { rpps: '19999999999' } })).toBe(1);
  });

  it('refuses an unknown professional whose token lacks names, and creates nothing', async () => {
    (await meWith(await tokenFor('19999999998'))).expectError('UNAUTHENTICATED', {
      status: 401,
      message: /given_name/,
    });
    expect(await server.db.prisma.professional.count({ where: { rpps: '19999999998' } })).toBe(0);
  });
});

describe('over WebSocket', () => {
  const connect = (authorization: string | undefined, target: TestServer = server, key = 'authorization') =>
    createClient({
      url: target.graphqlUrl.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      connectionParams: authorization === undefined ? {} : { [key]: authorization },
    });

  const query = (client: ReturnType<typeof connect>) =>
    new Promise<unknown>((resolve, reject) => {
      let result: unknown;
      client.subscribe(
        { query: '{ me { rpps } }' },
        { next: (value) => (result = value), error: reject, complete: () => resolve(result) },
      );
    });

  const closeCode = (client: ReturnType<typeof connect>) =>
    new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));

  it('runs operations for a valid token', async () => {
    const client = connect(`Bearer ${await tokenFor(DEMO_REQUESTER_RPPS)}`);
    await expect(query(client)).resolves.toEqual({ data: { me: { rpps: DEMO_REQUESTER_RPPS } } });
    await client.dispose();
  });

  it('closes with 4403 for a missing, forged or expired token', async () => {
    const forged = await signToken({ sub: DEMO_REQUESTER_RPPS }, { key: otherSecret, expiresIn: '5m' });
    for (const authorization of [
      undefined,
      `Bearer ${forged}`,
      `Bearer ${await tokenFor(DEMO_REQUESTER_RPPS, {}, now() - 120)}`,
    ]) {
      const client = connect(authorization);
      expect(await closeCode(client)).toBe(4403);
      await client.dispose();
    }
  });

  it('reads the connection parameter whatever the case of its key', async () => {
    const client = connect(`Bearer ${await tokenFor(DEMO_REQUESTER_RPPS)}`, server, 'Authorization');
    await expect(query(client)).resolves.toEqual({ data: { me: { rpps: DEMO_REQUESTER_RPPS } } });
    await client.dispose();
  });

  it('closes the socket with 4403 when the token expires', async () => {
    const strict = await startTestServer({ JWT_CLOCK_TOLERANCE: '0' });
    try {
      const client = connect(`Bearer ${await tokenFor(DEMO_REQUESTER_RPPS, {}, now() + 2)}`, strict);
      const code = closeCode(client);
      await expect(query(client)).resolves.toEqual({ data: { me: { rpps: DEMO_REQUESTER_RPPS } } });
      expect(await code).toBe(4403);
      await client.dispose();
    } finally {
      await strict.stop();
    }
  });

  it('checks a token once for the sockets that open with it at the same moment', async () => {
    // A token no earlier test has presented: nothing of it is cached yet.
    const token = await tokenFor(DEMO_REQUESTER_RPPS, { jti: crypto.randomUUID() });
    const { result: codes, statements } = await server.statements(async () => {
      const clients = Array.from({ length: 5 }, () => connect(`Bearer ${token}`));
      const results = await Promise.all(clients.map((client) => query(client)));
      await Promise.all(clients.map((client) => client.dispose()));
      return results;
    });
    expect(codes).toEqual(Array.from({ length: 5 }, () => ({ data: { me: { rpps: DEMO_REQUESTER_RPPS } } })));
    // Each `me` reads the professional; the token's check looked them up once for all five sockets.
    expect(statements.filter((statement) => statement.includes('"Professional"'))).toHaveLength(5 + 1);
  });

  it('keeps a socket open for a token valid longer than a timer can wait (24.8 days)', async () => {
    const client = connect(`Bearer ${await tokenFor(DEMO_REQUESTER_RPPS, {}, '40d')}`);
    let closed = false;
    client.on('closed', () => (closed = true));
    await query(client);
    // An overflowing timer fires after 1 ms: give it the chance to misbehave.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(query(client)).resolves.toEqual({ data: { me: { rpps: DEMO_REQUESTER_RPPS } } });
    expect(closed).toBe(false);
    await client.dispose();
  });
});

describe('with an identity provider (JWKS)', () => {
  let provider: http.Server;
  let jwksServer: TestServer;
  let signRs: (
    claims: JWTPayload,
    options?: { issuer?: string; audience?: string; expiresAt?: number },
  ) => Promise<string>;
  let signEs: (claims: JWTPayload) => Promise<string>;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const ec = await generateKeyPair('ES256');
    const keys = [
      { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-key', alg: 'ES256', use: 'sig' },
    ];
    provider = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
    });
    signEs = (claims) =>
      signToken(
        { ...claims, iss: 'https://psc.example', aud: 'teleexpertise' },
        { header: { alg: 'ES256', kid: 'ec-key' }, key: ec.privateKey, expiresIn: '5m' },
      );
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/jwks`;
    signRs = (claims, options = {}) =>
      signToken(
        { ...claims, iss: options.issuer ?? 'https://psc.example', aud: options.audience ?? 'teleexpertise' },
        { header: { alg: 'RS256', kid: 'test-key' }, key: privateKey, expiresIn: options.expiresAt ?? '5m' },
      );
    jwksServer = await startTestServer({
      JWT_JWKS_URL: jwksUrl,
      JWT_ISSUER: 'https://psc.example',
      JWT_AUDIENCE: 'teleexpertise',
    });
  });
  afterAll(async () => {
    await jwksServer?.stop();
    provider?.close();
  });

  const call = (token: string) => jwksServer.graphql(MeDocument, {}, { token });

  it('accepts an RS256 token from the provider, reading the id from sub', async () => {
    const response = await call(await signRs({ sub: DEMO_REQUESTER_RPPS }));
    expect(response.data?.me.rpps).toBe(DEMO_REQUESTER_RPPS);
  });

  it('accepts an ES256 token from the provider', async () => {
    const response = await call(await signEs({ sub: DEMO_REQUESTER_RPPS }));
    expect(response.data?.me.rpps).toBe(DEMO_REQUESTER_RPPS);
  });

  it('refuses an expired provider token', async () => {
    const response = await call(await signRs({ sub: DEMO_REQUESTER_RPPS }, { expiresAt: now() - 120 }));
    response.expectError('UNAUTHENTICATED', { status: 401, message: /expired/ });
  });

  it('refuses a wrong issuer or audience', async () => {
    for (const token of [
      await signRs({ sub: DEMO_REQUESTER_RPPS }, { issuer: 'https://evil.example' }),
      await signRs({ sub: DEMO_REQUESTER_RPPS }, { audience: 'other-app' }),
    ]) {
      const response = await call(token);
      response.expectError('UNAUTHENTICATED', { status: 401, message: /claim "(iss|aud)"/ });
    }
  });

  it('refuses HS256 tokens, even signed with the development secret', async () => {
    const response = await call(
      await tokenFor(DEMO_REQUESTER_RPPS, { iss: 'https://psc.example', aud: 'teleexpertise' }),
    );
    response.expectError('UNAUTHENTICATED', { status: 401 });
  });
});

describe('configuration', () => {
  it('refuses to start in production with the development secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(
      /development JWT secret/,
    );
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).jwt.secret).toBe('x'.repeat(40));
  });

  it('listens on this machine only unless in production, whatever the secret, or where HOST says', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ JWT_SECRET: 'y'.repeat(40) }).host).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'y'.repeat(40) }).host).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'y'.repeat(40) }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'y'.repeat(40), HOST: '10.0.0.7' }).host).toBe('10.0.0.7');
  });

  it('requires an https JWKS in production', () => {
    const provider = { JWT_ISSUER: 'https://psc.example', JWT_AUDIENCE: 'teleexpertise' };
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_JWKS_URL: 'http://psc.example/jwks', ...provider })).toThrow(
      /https/,
    );
    const files = { FILE_URL_SECRET: 'a-file-url-secret-shared-by-every-instance' };
    expect(
      loadConfig({ NODE_ENV: 'production', JWT_JWKS_URL: 'https://psc.example/jwks', ...provider, ...files }).jwt
        .secret,
    ).toBeUndefined();
  });

  it('requires a shared secret for file URLs in production when tokens come from a provider', () => {
    const provider = {
      NODE_ENV: 'production',
      JWT_JWKS_URL: 'https://psc.example/jwks',
      JWT_ISSUER: 'https://psc.example',
      JWT_AUDIENCE: 'teleexpertise',
    };
    expect(() => loadConfig(provider)).toThrow(/FILE_URL_SECRET/);
    expect(() => loadConfig({ ...provider, FILE_URL_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });

  it('requires issuer and audience with a JWKS, and reads the id claim', () => {
    expect(() => loadConfig({ JWT_JWKS_URL: 'https://psc.example/jwks' })).toThrow(/JWT_ISSUER and JWT_AUDIENCE/);
    expect(loadConfig({ JWT_ID_CLAIM: 'rpps' }).jwt.idClaim).toBe('rpps');
  });
});
