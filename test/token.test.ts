// `npm run token`: development tokens for the demonstration professionals or any RPPS, run as the process npm runs.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { DEMO_ROLES } from '../src/auth/development.ts';
import { MeDocument } from './generated/graphql.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

const root = path.resolve(import.meta.dirname, '..');
const [program, ...tokenArguments] = packageJson.scripts.token.split(' ');
/** The environment a developer has: no secret or provider of their own unless a test sets one. */
const unset = {
  NODE_ENV: 'development',
  JWT_SECRET: '',
  JWT_JWKS_URL: '',
  JWT_ISSUER: '',
  JWT_AUDIENCE: '',
  JWT_ID_CLAIM: '',
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run token -- <args>`'s command, with this Node. */
function token(args: string[], env: Record<string, string> = {}): Promise<Run> {
  if (program !== 'node') throw new Error(`npm run token no longer runs node: ${packageJson.scripts.token}`);
  const child = spawn(process.execPath, [...tokenArguments, ...args], {
    cwd: root,
    env: { ...process.env, ...unset, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const me = (jwt: string) => server.graphql(MeDocument, {}, { token: jwt });

describe('npm run token', () => {
  it('prints, for each demonstration role, a token the server accepts as that professional, valid 12 hours', async () => {
    const roles = Object.keys(DEMO_ROLES) as (keyof typeof DEMO_ROLES)[];
    const runs = await Promise.all(roles.map((role) => token([role])));
    for (const [index, role] of roles.entries()) {
      const { code, stdout, stderr } = runs[index]!;
      expect(code).toBe(0);
      expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
      expect(stderr).toContain(`RPPS ${DEMO_ROLES[role]}, valid 12 hours`);
      const claims = decodeJwt(stdout.trim());
      expect(claims.sub).toBe(DEMO_ROLES[role]);
      expect(claims.exp! - claims.iat!).toBe(12 * 3600);
      expect((await me(stdout.trim())).data?.me.rpps).toBe(DEMO_ROLES[role]);
    }
  });

  it('registers an unknown RPPS from the claims given, and warns when the names are missing', async () => {
    const claims = ['given_name=Jean', 'family_name=Dupont', 'profession=NURSE', 'city=Lyon', 'postal_code=69003'];
    const [registered, nameless] = await Promise.all([token(['10000000999', ...claims]), token(['10000000998'])]);
    expect(registered.code).toBe(0);
    expect(decodeJwt(registered.stdout.trim())).toMatchObject({
      sub: '10000000999',
      given_name: 'Jean',
      family_name: 'Dupont',
      profession: 'NURSE',
      city: 'Lyon',
      postal_code: '69003',
    });
    expect((await me(registered.stdout.trim())).data?.me).toMatchObject({
      rpps: '10000000999',
      firstName: 'Jean',
      lastName: 'Dupont',
      profession: 'NURSE',
      city: 'Lyon',
      postalCode: '69003',
    });

    expect(nameless.code).toBe(0);
    expect(nameless.stderr).toMatch(/add given_name= and family_name=/);
    const refused = await me(nameless.stdout.trim());
    refused.expectError('UNAUTHENTICATED', { status: 401, message: /not registered yet/ });
  });

  it('writes email= as the email claim, and mssante= under MSSANTE_CLAIM', async () => {
    const contact = ['email=jean.dupont@example.org', 'mssante=jean.dupont@medecin.mssante.fr'];
    const [plain, renamed] = await Promise.all([
      token(['10000000997', ...contact]),
      token(['10000000997', ...contact], { MSSANTE_CLAIM: 'mss' }),
    ]);
    expect(decodeJwt(plain.stdout.trim())).toMatchObject({
      email: 'jean.dupont@example.org',
      mssante_email: 'jean.dupont@medecin.mssante.fr',
    });
    const claims = decodeJwt(renamed.stdout.trim());
    expect(claims).toMatchObject({ mss: 'jean.dupont@medecin.mssante.fr' });
    expect(claims).not.toHaveProperty('mssante');
  });

  it('signs with JWT_SECRET when it is set', async () => {
    const secret = 'a-secret-of-our-own-for-this-test-only';
    const run = await token(['expert'], { JWT_SECRET: secret });
    expect(run.code).toBe(0);
    const { payload } = await jwtVerify(run.stdout.trim(), new TextEncoder().encode(secret));
    expect(payload.sub).toBe(DEMO_ROLES.expert);
    // The test server trusts the development secret only.
    expect((await me(run.stdout.trim())).status).toBe(401);
  });

  it('explains its usage on bad input, with exit code 2 and nothing on stdout', async () => {
    const cases: [string[], RegExp][] = [
      [[], /Name the professional/],
      [['nurse'], /"nurse" is neither a role \(requester, expert, treating-doctor\) nor an 11-digit RPPS number/],
      [['1000000099'], /neither a role .* nor an 11-digit RPPS/],
      [['10000000999', 'given_name'], /"given_name" is not a claim: write name=value/],
      [['10000000999', 'age=40'], /Unknown claim "age"/],
      [['10000000999', 'given_name='], /The claim given_name is empty/],
      [['10000000999', 'profession=ASTRONAUT'], /Unknown profession "ASTRONAUT": one of PHYSICIAN, /],
      [['10000000999', 'postal_code=690'], /The postal code "690" is not 5 digits/],
      [['10000000999', 'city=Lyon', 'city=Vienne'], /The claim city is given twice/],
    ];
    const runs = await Promise.all(cases.map(([args]) => token(args)));
    for (const [index, [args, message]] of cases.entries()) {
      const { code, stdout, stderr } = runs[index]!;
      expect({ args, code, stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(stderr).toMatch(message);
      expect(stderr).toContain('Usage: npm run -s token -- <who> [claim=value …]');
    }
    const help = await token(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run -s token');
  });

  it('refuses in production and when tokens come from an identity provider only, with exit code 1', async () => {
    const provider = {
      JWT_JWKS_URL: 'https://psc.example/jwks',
      JWT_ISSUER: 'https://psc.example',
      JWT_AUDIENCE: 'teleexpertise',
    };
    const [production, productionWithoutSecret, providerOnly] = await Promise.all([
      token(['expert'], { NODE_ENV: 'production', JWT_SECRET: 'a-secret-of-our-own-for-this-test-only' }),
      token(['expert'], { NODE_ENV: 'production' }),
      token(['expert'], provider),
    ]);
    expect(production).toMatchObject({ code: 1, stdout: '' });
    expect(production.stderr).toMatch(/NODE_ENV=production: tokens come from your identity provider/);
    expect(productionWithoutSecret).toMatchObject({ code: 1, stdout: '' });
    expect(productionWithoutSecret.stderr).toMatch(/refuses the development JWT secret/);
    expect(providerOnly).toMatchObject({ code: 1, stdout: '' });
    expect(providerOnly.stderr).toMatch(
      /Tokens come from the identity provider at JWT_JWKS_URL and JWT_SECRET is unset/,
    );
  });
});
