// Contact details (docs/api.md#contact-details): the rule between a token's claims and the professional's own addresses, their checks, the mutation and who reads them.
import { Writable } from 'node:stream';
import type { JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import {
  checkEmail,
  checkSecureEmail,
  claimedAddress,
  MAX_ADDRESS_LENGTH,
  nextContact,
  refreshContactsFromToken,
  type ContactAddress,
} from '../src/domain/contact-details.ts';
import { DomainError } from '../src/domain/errors.ts';
import { createLogger } from '../src/logger.ts';
import {
  MyContactDetailsDocument,
  ProfessionalContactDetailsDocument,
  UpdateContactDetailsDocument,
  type ContactDetailsInput,
  type ContactSource,
} from './generated/graphql.ts';
import { professionalId, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';
import { tokenFor } from './kit/tokens.ts';

const UNSET: ContactAddress = { address: null, source: null };
const fromToken = (address: string): ContactAddress => ({ address, source: 'TOKEN' });
const bySelf = (address: string): ContactAddress => ({ address, source: 'SELF' });

describe('the rule between the token and the professional (nextContact)', () => {
  it("fills an unset address, or one the token set, from the token's claim", () => {
    expect(nextContact(UNSET, { by: 'TOKEN', address: 'a@b.fr' })).toEqual(fromToken('a@b.fr'));
    expect(nextContact(fromToken('a@b.fr'), { by: 'TOKEN', address: 'c@d.fr' })).toEqual(fromToken('c@d.fr'));
  });

  it('keeps the address when the token carries no valid claim', () => {
    expect(nextContact(fromToken('a@b.fr'), { by: 'TOKEN', address: undefined })).toEqual(fromToken('a@b.fr'));
    expect(nextContact(UNSET, { by: 'TOKEN', address: undefined })).toEqual(UNSET);
  });

  it('keeps what the professional set against any claim, until they change or clear it', () => {
    expect(nextContact(bySelf('mine@b.fr'), { by: 'TOKEN', address: 'c@d.fr' })).toEqual(bySelf('mine@b.fr'));
    expect(nextContact(fromToken('a@b.fr'), { by: 'SELF', address: 'mine@b.fr' })).toEqual(bySelf('mine@b.fr'));
    expect(nextContact(bySelf('mine@b.fr'), { by: 'SELF', address: 'new@b.fr' })).toEqual(bySelf('new@b.fr'));
  });

  it("clears the address and its source, so that the token's claim fills it again", () => {
    const cleared = nextContact(bySelf('mine@b.fr'), { by: 'SELF', address: null });
    expect(cleared).toEqual(UNSET);
    expect(nextContact(cleared, { by: 'TOKEN', address: 'a@b.fr' })).toEqual(fromToken('a@b.fr'));
  });
});

describe('address checks', () => {
  const refusal = (check: () => unknown) => {
    try {
      check();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      return error as DomainError;
    }
    throw new Error('accepted');
  };

  it('trims an address and lower-cases its domain, not its local part', () => {
    expect(checkEmail('  Jean.Dupont@Example.FR ')).toBe('Jean.Dupont@example.fr');
  });

  it('refuses what is not an address, and one longer than 254 characters, naming the field', () => {
    for (const value of ['jean', 'jean@', 'jean dupont@example.fr', 'jean@example', 'a..b@example.fr']) {
      const error = refusal(() => checkEmail(value));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/^email must be an e-mail address/);
      expect(error.extensions['field']).toBe('email');
    }
    const long = `${'a'.repeat(MAX_ADDRESS_LENGTH - '@example.fr'.length + 1)}@example.fr`;
    expect(refusal(() => checkEmail(long)).message).toMatch(/at most 254 characters/);
    expect(checkEmail(long.slice(1))).toHaveLength(MAX_ADDRESS_LENGTH);
  });

  it('accepts an MSSanté address only in the trust space, a domain ending in .mssante.fr', () => {
    expect(checkSecureEmail('jean.dupont@medecin.mssante.fr')).toBe('jean.dupont@medecin.mssante.fr');
    expect(checkSecureEmail('x@CH-Foo.MSSante.fr')).toBe('x@ch-foo.mssante.fr');
    for (const value of ['jean@gmail.com', 'jean@mssante.fr.example.com', 'jean@notmssante.fr', 'jean@mssante.fr']) {
      const error = refusal(() => checkSecureEmail(value));
      expect(error.message).toMatch(/^secureEmail must be an MSSanté address/);
      expect(error.extensions['field']).toBe('secureEmail');
    }
    expect(refusal(() => checkSecureEmail('not an address')).message).toMatch(/^secureEmail must be an e-mail/);
  });

  it('reads a claim as an address when valid, tells of one invalid, and takes a blank one for none', () => {
    const ignored: string[] = [];
    const read = (claim: unknown) => claimedAddress('secureEmail', claim, () => ignored.push(String(claim)));
    expect(read(' A@Medecin.MSSANTE.fr')).toBe('A@medecin.mssante.fr');
    expect([read(undefined), read(null), read('  ')]).toEqual([undefined, undefined, undefined]);
    expect(ignored).toEqual([]);
    expect([read('a@gmail.com'), read(42), read(['a@medecin.mssante.fr'])]).toEqual([undefined, undefined, undefined]);
    expect(ignored).toHaveLength(3);
  });

  it('reads the MSSanté claim from MSSANTE_CLAIM, mssante_email by default', () => {
    expect(loadConfig({}).jwt.mssanteClaim).toBe('mssante_email');
    expect(loadConfig({ MSSANTE_CLAIM: 'mss_address' }).jwt.mssanteClaim).toBe('mss_address');
  });
});

let server: TestServer;
const logLines: Record<string, unknown>[] = [];
const rawLog: string[] = [];

beforeAll(async () => {
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        rawLog.push(line);
        logLines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  server = await startTestServer({}, { logger: createLogger('warn', destination) });
});
afterAll(() => server?.stop());

/** The contactDetails a professional reads: each address and its source. */
const contacts = (
  email: string | null,
  emailSource: ContactSource | null,
  secureEmail: string | null,
  secureEmailSource: ContactSource | null,
) => ({ email, emailSource, secureEmail, secureEmailSource });
const NO_CONTACTS = contacts(null, null, null, null);

const newcomer = { given_name: 'Inès', family_name: 'Courriel', profession: 'PHYSICIAN' };
let minutes = 30;
/** A token never used before (a distinct exp), so that the server checks it and reads its claims afresh. */
const freshToken = (rpps: string, claims: JWTPayload = {}) =>
  tokenFor(rpps, { ...newcomer, ...claims }, `${minutes++}m`);

const myContacts = async (token: string) =>
  (await server.graphql(MyContactDetailsDocument, {}, { token })).expectData().me.contactDetails;
const update = (input: ContactDetailsInput, token: string) =>
  server.graphql(UpdateContactDetailsDocument, { input }, { token });
const auditOf = async (rpps: string) => {
  const { id } = await server.db.prisma.professional.findUniqueOrThrow({ where: { rpps }, select: { id: true } });
  return server.db.prisma.auditEvent.findMany({
    where: { action: 'professional.contact_updated', entityId: id },
    orderBy: { id: 'asc' },
  });
};

describe('updateContactDetails', () => {
  const rpps = '20000004001';
  let token: string;
  beforeAll(async () => {
    token = await freshToken(rpps);
  });

  it('sets both addresses, as the professional’s own, and traces which changed without the addresses', async () => {
    const result = await update({ email: ' Ines@Example.FR ', secureEmail: 'ines.courriel@Medecin.mssante.fr' }, token);
    expect(result.expectData().updateContactDetails.contactDetails).toEqual(
      contacts('Ines@example.fr', 'SELF', 'ines.courriel@medecin.mssante.fr', 'SELF'),
    );
    expect(result.data!.updateContactDetails.secureEmail).toBe('ines.courriel@medecin.mssante.fr');
    const [row, ...more] = await auditOf(rpps);
    expect(more).toEqual([]);
    expect(row!.details).toEqual({ fields: { email: 'SELF', secureEmail: 'SELF' } });
    expect(
      JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value)),
    ).not.toMatch(/example\.fr|mssante\.fr/i);
  });

  it('leaves a field out unchanged, and traces nothing when nothing changes', async () => {
    const before = await auditOf(rpps);
    const result = await update({ email: 'Ines@example.fr' }, token);
    expect(result.expectData().updateContactDetails.contactDetails?.secureEmail).toBe(
      'ines.courriel@medecin.mssante.fr',
    );
    expect(await auditOf(rpps)).toHaveLength(before.length);
  });

  it('clears a field with null (or a blank string), with its source', async () => {
    const result = await update({ email: null, secureEmail: '  ' }, token);
    expect(result.expectData().updateContactDetails.contactDetails).toEqual(NO_CONTACTS);
    expect((await auditOf(rpps)).at(-1)!.details).toEqual({ fields: { email: null, secureEmail: null } });
  });

  it('refuses an invalid address with BAD_USER_INPUT naming the field, and writes nothing of the input', async () => {
    const before = await auditOf(rpps);
    const wrong = await update({ email: 'ines@example.fr', secureEmail: 'ines@' }, token);
    const error = wrong.expectError('BAD_USER_INPUT', { message: /^secureEmail must be an e-mail address/ });
    expect(error.extensions?.['field']).toBe('secureEmail');
    expect(await myContacts(token)).toMatchObject({ email: null, secureEmail: null });
    expect(await auditOf(rpps)).toHaveLength(before.length);
  });

  it('refuses a secure address outside the MSSanté trust space', async () => {
    (await update({ secureEmail: 'ines.courriel@gmail.com' }, token)).expectError('BAD_USER_INPUT', {
      message: /^secureEmail must be an MSSanté address, whose domain ends in \.mssante\.fr/,
    });
    expect((await myContacts(token))?.secureEmail).toBeNull();
  });
});

describe('who reads contact details', () => {
  it("shows another professional's secureEmail as before, never their e-mail: contactDetails is FORBIDDEN", async () => {
    const id = await professionalId(server.db, RPPS.colleague);
    const result = await server.graphql(ProfessionalContactDetailsDocument, { id }, { rpps: RPPS.requester });
    expect(result.codes).toEqual(['FORBIDDEN']);
    expect(result.errors![0]!.path).toEqual(['node', 'contactDetails']);
    expect(result.data?.node).toMatchObject({ secureEmail: 'julien.bernard@medecin.mssante.fr', contactDetails: null });
  });

  it('shows the caller their own, the demonstration address as set by themselves', async () => {
    const mine = await server.graphql(MyContactDetailsDocument, {}, { rpps: RPPS.colleague });
    expect(mine.expectData().me.contactDetails).toEqual(
      contacts(null, null, 'julien.bernard@medecin.mssante.fr', 'SELF'),
    );
  });
});

describe("the token's claims", () => {
  const claims = { email: 'Paul.Claim@Example.fr', mssante_email: 'paul.claim@medecin.mssante.fr' };

  it('fill both addresses of a newcomer, from email and the MSSANTE_CLAIM claim', async () => {
    expect(await myContacts(await freshToken('20000004002', claims))).toEqual(
      contacts('Paul.Claim@example.fr', 'TOKEN', 'paul.claim@medecin.mssante.fr', 'TOKEN'),
    );
  });

  it('fill the addresses of a known professional, follow a changed claim, and trace each change', async () => {
    const rpps = '20000004003';
    expect(await myContacts(await freshToken(rpps))).toMatchObject({ email: null, secureEmail: null });
    expect(await myContacts(await freshToken(rpps, { email: 'first@example.fr' }))).toMatchObject({
      email: 'first@example.fr',
      emailSource: 'TOKEN',
    });
    expect(await myContacts(await freshToken(rpps, { email: 'second@example.fr' }))).toMatchObject({
      email: 'second@example.fr',
      emailSource: 'TOKEN',
    });
    // A token without the claim keeps the address.
    expect((await myContacts(await freshToken(rpps)))?.email).toBe('second@example.fr');
    expect((await auditOf(rpps)).map((row) => row.details)).toEqual([
      { fields: { email: 'TOKEN' } },
      { fields: { email: 'TOKEN' } },
    ]);
  });

  it('keep an address the professional set against a different claim; once cleared, the claim fills it again', async () => {
    const rpps = '20000004004';
    const token = await freshToken(rpps, claims);
    await update({ email: 'mine@example.fr', secureEmail: 'mine@ch-foo.mssante.fr' }, token);
    const other = { email: 'other@example.fr', mssante_email: 'other@medecin.mssante.fr' };
    expect(await myContacts(await freshToken(rpps, other))).toEqual(
      contacts('mine@example.fr', 'SELF', 'mine@ch-foo.mssante.fr', 'SELF'),
    );
    (await update({ email: null }, token)).expectData();
    expect(await myContacts(await freshToken(rpps, other))).toEqual(
      contacts('other@example.fr', 'TOKEN', 'mine@ch-foo.mssante.fr', 'SELF'),
    );
  });

  it('do not replace an address the professional set after the token’s lookup read the row', async () => {
    const rpps = '20000004007';
    await myContacts(await freshToken(rpps));
    const stale = await server.db.prisma.professional.findUniqueOrThrow({ where: { rpps } });
    (await update({ email: 'mine@example.fr' }, await freshToken(rpps))).expectData();
    const written = await refreshContactsFromToken(server.db.prisma, stale, {
      email: { by: 'TOKEN', address: 'claim@example.fr' },
      secureEmail: { by: 'TOKEN', address: undefined },
    });
    expect(written).toEqual({});
    expect(await server.db.prisma.professional.findUniqueOrThrow({ where: { rpps } })).toMatchObject({
      email: 'mine@example.fr',
      emailSource: 'SELF',
    });
    expect((await auditOf(rpps)).map((row) => row.details)).toEqual([{ fields: { email: 'SELF' } }]);
  });

  it('ignore an invalid claim, sign in all the same, and log the claim’s name without its value', async () => {
    const rpps = '20000004005';
    const bad = { email: 'not-an-address', mssante_email: 'paul.claim@gmail.com' };
    const result = await server.graphql(MyContactDetailsDocument, {}, { token: await freshToken(rpps, bad) });
    expect(result.expectData().me.contactDetails).toEqual(NO_CONTACTS);
    const warned = logLines.filter((line) => line['msg'] === 'token claim ignored: it holds no valid address');
    expect(warned.map((line) => line['claim'])).toEqual(expect.arrayContaining(['email', 'mssante_email']));
    expect(rawLog.join('\n')).not.toMatch(/not-an-address|gmail\.com|eyJ/);
  });

  it('add no statement to an authenticated request when they change nothing', async () => {
    const rpps = '20000004006';
    await myContacts(await freshToken(rpps, claims));
    const counted = async (token: string) =>
      (await server.statements(() => server.graphql(MyContactDetailsDocument, {}, { token }))).statements;
    const same = await counted(await freshToken(rpps, claims));
    const none = await counted(await freshToken(rpps));
    // The lookup for the token, then `me`: no write, no transaction.
    expect(same).toHaveLength(2);
    expect(none).toHaveLength(2);
    expect(same.filter((statement) => !statement.startsWith('SELECT '))).toEqual([]);
  });
});
