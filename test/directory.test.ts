// The regional directory of experts: search, pagination, the expert's own declaration, Relay nodes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXPERT_RPPS, DEMO_REQUESTER_RPPS, demoProfessionals } from '../prisma/seed-data.ts';
import { expertWhere } from '../src/domain/directory.ts';
import {
  ExpertsDocument,
  MeDocument,
  NodeDocument,
  NodesDocument,
  UpdateExpertProfileDocument,
} from './generated/graphql.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const requester = { rpps: DEMO_REQUESTER_RPPS };
const listedExperts = demoProfessionals.filter((p) => p.expert?.listed);

async function experts(filter: Record<string, unknown> | null, first = 50, after?: string) {
  const response = await server.graphql(ExpertsDocument, { filter, first, after }, requester);
  response.expectData();
  return response.data!.experts;
}
const lastNames = (connection: Awaited<ReturnType<typeof experts>>) => connection.edges.map((e) => e.node.lastName);

describe('experts', () => {
  it('lists only listed experts, each with the declaration a requester needs', async () => {
    const page = await experts(null, 100);
    expect(page.edges).toHaveLength(listedExperts.length);
    expect(lastNames(page)).not.toContain('Guerin'); // declared but not listed
    expect(lastNames(page)).not.toContain('Martin'); // not an expert
    for (const { node } of page.edges) {
      expect(node.isExpert).toBe(true);
      expect(node.expertProfile?.activityDescription).toBeTruthy();
    }
  });

  it('orders by last name then first name', async () => {
    const names = lastNames(await experts(null, 100));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('finds names and descriptions without regard to case or accents', async () => {
    expect(lastNames(await experts({ text: 'helene' }))).toEqual(['Rousseau']);
    expect(lastNames(await experts({ text: 'HÉLÈNE rousseau' }))).toEqual(['Rousseau']);
    expect(lastNames(await experts({ text: 'thyroide' }))).toEqual(['Bonnet']);
    expect(lastNames(await experts({ text: 'plaies chroniques' }))).toEqual(['Blanc', 'Rousseau']);
  });

  it('filters by a part of the specialty', async () => {
    expect(lastNames(await experts({ specialty: 'dermato' }))).toEqual(['Morel', 'Rousseau']);
    expect(lastNames(await experts({ specialty: 'GASTRO ENTEROLOGIE' }))).toEqual(['Mercier']);
  });

  it('filters by city and by postal code prefix (a department)', async () => {
    expect(lastNames(await experts({ city: 'saint etienne' }))).toEqual(['Blanc', 'Bonnet']);
    expect(lastNames(await experts({ postalCode: '69' }))).toEqual(['Lambert', 'Perrin', 'Rousseau']);
    expect(lastNames(await experts({ postalCode: '69003' }))).toEqual(['Rousseau']);
  });

  it('filters by profession and combines criteria', async () => {
    expect(lastNames(await experts({ profession: 'MIDWIFE' }))).toEqual(['Gauthier']);
    expect(lastNames(await experts({ profession: 'NURSE', city: 'Saint-Étienne' }))).toEqual(['Blanc']);
    expect(lastNames(await experts({ specialty: 'dermatologie', city: 'grenoble' }))).toEqual(['Morel']);
  });

  it('never lets LIKE wildcards reach the database', () => {
    // Prisma's contains does not escape % and _: search keys keep letters and digits only.
    const where = JSON.stringify(expertWhere({ text: 'rou%sseau 50_', specialty: '%', city: 'a_b' }));
    expect(where).not.toMatch(/[%_\\]/);
    expect(where).toContain('"contains":"rou"');
  });

  it('shows what a requester needs before asking: external tool, identity policy, prerequisites', async () => {
    const [robin] = (await experts({ text: 'robin' })).edges;
    expect(robin?.node.expertProfile).toMatchObject({
      tool: 'EXTERNAL',
      externalUrl: 'https://retino.example-sante.fr/demande',
    });
    const [rousseau] = (await experts({ text: 'rousseau' })).edges;
    expect(rousseau?.node.expertProfile).toMatchObject({ patientIdentityPolicy: 'OPTIONAL', tool: 'IN_APP' });
    expect(rousseau?.node.expertProfile?.prerequisites).toContain('Photo');
  });

  it('pages through every expert once, with unique cursors', async () => {
    const seen: string[] = [];
    const cursors = new Set<string>();
    let after: string | undefined;
    for (;;) {
      const page = await experts(null, 4, after);
      for (const edge of page.edges) {
        seen.push(edge.node.id);
        cursors.add(edge.cursor);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? undefined;
    }
    expect(seen).toHaveLength(listedExperts.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect(cursors.size).toBe(seen.length);
    expect(seen).toEqual((await experts(null, 100)).edges.map((e) => e.node.id));
  });

  it('refuses a page larger than 100 with a clear error', async () => {
    const response = await server.graphql(ExpertsDocument, { first: 101 }, requester);
    expect(response.data).toBeNull();
    response.expectError('BAD_USER_INPUT', { message: /first must be between 0 and 100/ });
  });

  it('refuses a malformed postal code and a malformed cursor with BAD_USER_INPUT', async () => {
    const postal = await server.graphql(ExpertsDocument, { filter: { postalCode: 'Lyon' } }, requester);
    postal.expectError('BAD_USER_INPUT');
    const garbage = Buffer.from('GPC:S:zzz').toString('base64');
    for (const after of ['not-a-cursor', garbage]) {
      const cursor = await server.graphql(ExpertsDocument, { after }, requester);
      cursor.expectError('BAD_USER_INPUT');
    }
  });
});

describe('updateExpertProfile', () => {
  const newcomer = '10000000020'; // not an expert yet

  it('creates the declaration, then changes only the fields given', async () => {
    const first = await server.graphql(
      UpdateExpertProfileDocument,
      { input: { activityDescription: 'Soins de support', prerequisites: 'Compte-rendu récent' } },
      { rpps: newcomer },
    );
    first.expectData();
    expect(first.data?.updateExpertProfile).toMatchObject({
      listed: false,
      activityDescription: 'Soins de support',
      prerequisites: 'Compte-rendu récent',
      tool: 'IN_APP',
      patientIdentityPolicy: 'REQUIRED',
    });

    const second = await server.graphql(
      UpdateExpertProfileDocument,
      { input: { listed: true, limitations: 'Allier uniquement' } },
      { rpps: newcomer },
    );
    expect(second.data?.updateExpertProfile).toMatchObject({
      listed: true,
      activityDescription: 'Soins de support',
      prerequisites: 'Compte-rendu récent',
      limitations: 'Allier uniquement',
    });
    expect(lastNames(await experts({ text: 'soins support' }))).toEqual(['Fournier']);

    const cleared = await server.graphql(
      UpdateExpertProfileDocument,
      { input: { limitations: null } },
      { rpps: newcomer },
    );
    expect(cleared.data?.updateExpertProfile.limitations).toBeNull();
    expect(cleared.data?.updateExpertProfile.activityDescription).toBe('Soins de support');
  });

  it('requires an https address for an EXTERNAL tool, and writes nothing otherwise', async () => {
    const expert = { rpps: DEMO_EXPERT_RPPS };
    const missing = await server.graphql(
      UpdateExpertProfileDocument,
      { input: { tool: 'EXTERNAL', listed: false } },
      expert,
    );
    missing.expectError('BAD_USER_INPUT', { message: /externalUrl/ });
    const insecure = await server.graphql(
      UpdateExpertProfileDocument,
      { input: { tool: 'EXTERNAL', externalUrl: 'http://example.org' } },
      expert,
    );
    insecure.expectError('BAD_USER_INPUT', { message: /https/ });
    const me = await server.graphql(MeDocument, {}, expert);
    expect(me.data?.me.expertProfile).toMatchObject({ listed: true, tool: 'IN_APP' });
  });
});

describe('errors', () => {
  it('keeps the code and the whole message of a wrongly typed variable', async () => {
    const response = await server.graphql(ExpertsDocument, { first: 'ten' as unknown as number }, requester);
    response.expectError('BAD_USER_INPUT', { message: /Variable "\$first" got invalid value "ten"/ });
  });
});

describe('me, node and nodes', () => {
  it('tells the caller who they are', async () => {
    const response = await server.graphql(MeDocument, {}, requester);
    expect(response.data?.me).toMatchObject({
      rpps: DEMO_REQUESTER_RPPS,
      firstName: 'Claire',
      lastName: 'Martin',
      profession: 'PHYSICIAN',
      isExpert: false,
    });
  });

  it('fetches professionals by global id; an unknown one is null with NOT_FOUND', async () => {
    const me = (await server.graphql(MeDocument, {}, requester)).data!.me;
    const expert = (await experts({ text: 'rousseau' })).edges[0]!.node;
    const single = await server.graphql(NodeDocument, { id: expert.id }, requester);
    expect(single.data?.node).toEqual({ __typename: 'Professional', id: expert.id, lastName: 'Rousseau' });

    const unknown = Buffer.from('Professional:00000000-0000-7000-8000-000000000000').toString('base64');
    const many = await server.graphql(NodesDocument, { ids: [me.id, unknown, expert.id] }, requester);
    expect(many.errors?.map((e) => [e.extensions?.['code'], e.path])).toEqual([['NOT_FOUND', ['nodes', 1]]]);
    expect(many.data?.nodes.map((n) => n?.id ?? null)).toEqual([me.id, null, expert.id]);
  });

  it('fetches an expert profile by its own global id, one per professional and distinct from theirs', async () => {
    const expert = (await experts({ text: 'rousseau' })).edges[0]!.node;
    const profileId = expert.expertProfile!.id;
    expect(profileId).not.toBe(expert.id);
    expect(Buffer.from(profileId, 'base64').toString()).toBe(
      Buffer.from(expert.id, 'base64')
        .toString()
        .replace(/^Professional:/, 'ExpertProfile:'),
    );
    const single = await server.graphql(NodeDocument, { id: profileId }, requester);
    expect(single.data?.node).toEqual({
      __typename: 'ExpertProfile',
      id: profileId,
      listed: true,
      professional: { id: expert.id },
    });
    // The caller's own profile, as `updateExpertProfile` returns it: the same id, so that a client cache updates it in place.
    const updated = await server.graphql(UpdateExpertProfileDocument, { input: {} }, { rpps: DEMO_EXPERT_RPPS });
    expect(updated.data?.updateExpertProfile.id).toBe(profileId);

    const unknown = Buffer.from('ExpertProfile:00000000-0000-7000-8000-000000000000').toString('base64');
    const missing = await server.graphql(NodeDocument, { id: unknown }, requester);
    expect(missing.data?.node).toBeNull();
    missing.expectError('NOT_FOUND');
  });

  it('refuses a malformed global id with BAD_USER_INPUT', async () => {
    const uuid = '00000000-0000-7000-8000-000000000000';
    for (const id of [
      'garbage',
      Buffer.from('Professional:not-a-uuid').toString('base64'),
      Buffer.from(`Nope:${uuid}`).toString('base64'),
    ]) {
      const response = await server.graphql(NodeDocument, { id }, requester);
      expect(response.errors?.[0]?.extensions?.['code'], id).toBe('BAD_USER_INPUT');
    }
  });
});
