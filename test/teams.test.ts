// Teams of experts in the directory: found with experts by one search, kept by their coordinators, who manage
// members under rules that leave a team always coordinated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddTeamMemberDocument,
  AddTeamTemplateDocument,
  CreateTeamDocument,
  DirectoryDetailsDocument,
  DirectoryDocument,
  type DirectoryQuery,
  ExpertsDocument,
  type ExpertFilter,
  MyTeamsDocument,
  RemoveTeamMemberDocument,
  RemoveTeamTemplateDocument,
  SetTeamMemberRoleDocument,
  TeamByIdDocument,
  UpdateTeamDocument,
} from './generated/graphql.ts';
import { searchKey } from '../src/domain/search-key.ts';
import { http } from './kit/graphql.ts';
import { files, professionalId, rawId, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const COORDINATOR = '10000000116'; // Dr Nicolas Chevalier, the demonstration service's coordinator
const MEMBER = '10000000117'; // Dr Inès Roux, a member of it

type Entry = DirectoryQuery['directory']['edges'][number]['node'];

async function directory(filter: ExpertFilter = {}, page: { first?: number; after?: string } = {}) {
  const result = await server.graphql(DirectoryDocument, { filter, ...page }, { rpps: RPPS.requester });
  return result.expectData().directory;
}

async function everything(filter: ExpertFilter, first = 4): Promise<Entry[]> {
  const entries: Entry[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await directory(filter, { first, ...(after && { after }) });
    entries.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return entries;
    after = page.pageInfo.endCursor!;
  }
}

async function newTeam(rpps: string, input: Record<string, unknown> = {}) {
  const result = await server.graphql(
    CreateTeamDocument,
    { input: { name: 'Équipe de rhumatologie du Puy', profession: 'PHYSICIAN', specialty: 'Rhumatologie', ...input } },
    { rpps },
  );
  return result.expectData().createTeam;
}

describe('the directory', () => {
  it('finds teams with experts by one search, marked as teams, with their stated response time', async () => {
    const found = await everything({ specialty: 'dermato' });
    expect(found).toContainEqual({
      __typename: 'Team',
      id: expect.any(String),
      name: 'Service de dermatologie – Hôpital Édouard-Herriot',
      expectedResponseHours: 72,
    });
    expect(found.filter((entry) => entry.__typename === 'Professional').map((entry) => entry.lastName)).toEqual(
      expect.arrayContaining(['Rousseau', 'Morel']),
    );
    for (const filter of [{ text: 'herriot toxidermies' }, { city: 'lyon', postalCode: '69' }]) {
      expect((await everything(filter)).map((entry) => entry.__typename)).toContain('Team');
    }
    expect((await everything({ profession: 'NURSE' })).map((entry) => entry.__typename)).not.toContain('Team');
    expect(await everything({ text: 'herriot', postalCode: '38' })).toEqual([]);
  });

  it('lists the same experts as `experts` for each filter, in pages that neither skip nor repeat', async () => {
    for (const filter of [{}, { specialty: 'dermato' }, { city: 'lyon' }, { text: 'plaies' }, { postalCode: '69' }]) {
      const result = await server.graphql(ExpertsDocument, { filter, first: 100 }, { rpps: RPPS.requester });
      const experts = result.expectData().experts.edges.map((edge) => edge.node.id);
      const entries = await everything(filter, 3);
      expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
      const listed = entries.filter((entry) => entry.__typename === 'Professional').map((entry) => entry.id);
      expect(listed.sort()).toEqual([...experts].sort());
    }
  });

  it('pages backwards with last/before, and refuses a cursor it did not give', async () => {
    const forward = await everything({}, 5);
    const result = await server.graphql(DirectoryDocument, { last: 3 }, { rpps: RPPS.requester });
    const tail = result.expectData().directory;
    expect(tail.edges.map((edge) => edge.node.id)).toEqual(forward.slice(-3).map((entry) => entry.id));
    expect(tail.pageInfo.hasPreviousPage).toBe(true);
    const wrong = await server.graphql(DirectoryDocument, { after: 'bm90IGEgY3Vyc29y' }, { rpps: RPPS.requester });
    wrong.expectError('BAD_USER_INPUT', { message: /after is not a cursor of this list/ });
  });

  it('reads a page of 20 entries with their relations in as many statements as a page of 5', async () => {
    const page = (first: number) =>
      server.statements(() => server.graphql(DirectoryDetailsDocument, { first }, { rpps: RPPS.requester }));
    // Teams first in the order ("A…"), so that both pages hold teams and experts.
    for (const name of ['Aa équipe une', 'Aa équipe deux']) await newTeam(RPPS.rheumatologist, { name });
    await page(1);
    const small = await page(5);
    expect(small.result.data!.directory.edges.map((edge) => edge.node.__typename)).toContain('Professional');
    const large = await page(20);
    expect(large.result.expectData().directory.edges.length).toBeGreaterThan(small.result.data!.directory.edges.length);
    expect(large.statements.length).toBe(small.statements.length);
  });

  it('orders by name with accents set aside: "Équipe" among the E', async () => {
    await newTeam(RPPS.rheumatologist, { name: 'Équipe mobile de gériatrie', specialty: 'Gériatrie' });
    const keys = (await everything({})).map((entry) =>
      searchKey(entry.__typename === 'Team' ? entry.name : `${entry.lastName} ${entry.firstName}`),
    );
    const at = keys.indexOf('equipe mobile de geriatrie');
    expect(at).toBeGreaterThan(-1);
    expect(keys.slice(0, at).every((key) => key < 'equipe')).toBe(true);
    expect(keys.slice(at + 1).every((key) => key > 'equipe')).toBe(true);
  });
});

describe('a team', () => {
  it('is created with its creator as coordinator, and shown to every professional with their own role', async () => {
    const team = await newTeam(RPPS.rheumatologist, { city: 'Le Puy-en-Velay', postalCode: '43000' });
    expect(team).toMatchObject({ listed: true, myRole: 'COORDINATOR', members: [{ role: 'COORDINATOR' }] });
    const seen = await server.graphql(TeamByIdDocument, { id: team.id }, { rpps: RPPS.requester });
    expect(seen.expectData().node).toMatchObject({ name: 'Équipe de rhumatologie du Puy', myRole: null });
    const traced = await server.db.prisma.auditEvent.findMany({ where: { entityId: rawId(team.id) } });
    expect(traced.map((row) => row.action)).toEqual(['team.create']);
  });

  it('refuses a team without a name or with bad fields, writing nothing', async () => {
    const before = await server.db.prisma.team.count();
    for (const [input, field] of [
      [{ name: '  ' }, 'name'],
      [{ postalCode: '6900' }, 'postalCode'],
      [{ expectedResponseHours: 0 }, 'expectedResponseHours'],
    ] as const) {
      const base: Record<string, unknown> = { name: 'Équipe', profession: 'PHYSICIAN' };
      const result = await server.graphql(
        CreateTeamDocument,
        { input: { ...base, ...input } },
        { rpps: RPPS.rheumatologist },
      );
      expect(result.expectError('BAD_USER_INPUT').extensions?.['field']).toBe(field);
    }
    const external = await server.graphql(
      CreateTeamDocument,
      { input: { name: 'Équipe', profession: 'PHYSICIAN', tool: 'EXTERNAL' } },
      { rpps: RPPS.rheumatologist },
    );
    external.expectError('BAD_USER_INPUT', { message: /needs its externalUrl/ });
    expect(await server.db.prisma.team.count()).toBe(before);
  });

  it('has its profile kept by its coordinators only', async () => {
    const team = await newTeam(RPPS.rheumatologist);
    const memberId = await professionalId(server.db, RPPS.cardiologist);
    await server.graphql(
      AddTeamMemberDocument,
      { teamId: team.id, professionalId: memberId, role: 'MEMBER' },
      { rpps: RPPS.rheumatologist },
    );
    const input = { territory: 'Haute-Loire', expectedResponseHours: 48 };
    for (const rpps of [RPPS.cardiologist, RPPS.outsider]) {
      const refused = await server.graphql(UpdateTeamDocument, { teamId: team.id, input }, { rpps });
      refused.expectError('FORBIDDEN');
    }
    const updated = await server.graphql(UpdateTeamDocument, { teamId: team.id, input }, { rpps: RPPS.rheumatologist });
    expect(updated.expectData().updateTeam).toMatchObject(input);
  });
});

describe("a team's members", () => {
  it('are added, given roles and removed by coordinators; a member may leave; former members keep nothing', async () => {
    const team = await newTeam(RPPS.rheumatologist);
    const cardiologist = await professionalId(server.db, RPPS.cardiologist);
    const outsider = await professionalId(server.db, RPPS.outsider);
    const as = (rpps: string) => ({ rpps });
    const add = (professional: string, rpps: string = RPPS.rheumatologist) =>
      server.graphql(
        AddTeamMemberDocument,
        { teamId: team.id, professionalId: professional, role: 'MEMBER' },
        as(rpps),
      );

    (await add(cardiologist)).expectData();
    (await add(cardiologist)).expectError('CONFLICT', { message: /a member of the team already/ });
    // A member cannot add anyone.
    (await add(outsider, RPPS.cardiologist)).expectError('FORBIDDEN');

    const mine = await server.graphql(MyTeamsDocument, {}, as(RPPS.cardiologist));
    expect(mine.expectData().me.teamMemberships).toContainEqual({
      role: 'MEMBER',
      team: { id: team.id, name: team.name },
    });
    const left = await server.graphql(
      RemoveTeamMemberDocument,
      { teamId: team.id, professionalId: cardiologist },
      as(RPPS.cardiologist),
    );
    expect(left.expectData().removeTeamMember.members).toHaveLength(1);
    const after = await server.graphql(MyTeamsDocument, {}, as(RPPS.cardiologist));
    expect(after.expectData().me.teamMemberships.map((m) => m.team.id)).not.toContain(team.id);
    const actions = await server.db.prisma.auditEvent.findMany({
      where: { entityId: rawId(team.id) },
      orderBy: { id: 'asc' },
      select: { action: true },
    });
    expect(actions.map((row) => row.action)).toEqual(['team.create', 'team.member_add', 'team.member_remove']);
  });

  it('always include a coordinator: the last one can neither step down nor leave', async () => {
    const team = await newTeam(RPPS.rheumatologist);
    const self = await professionalId(server.db, RPPS.rheumatologist);
    const demote = await server.graphql(
      SetTeamMemberRoleDocument,
      { teamId: team.id, professionalId: self, role: 'MEMBER' },
      { rpps: RPPS.rheumatologist },
    );
    demote.expectError('CONFLICT', { message: /keeps at least one coordinator/ });
    const leave = await server.graphql(
      RemoveTeamMemberDocument,
      { teamId: team.id, professionalId: self },
      { rpps: RPPS.rheumatologist },
    );
    leave.expectError('CONFLICT', { message: /keeps at least one coordinator/ });
  });

  it('keep a coordinator when two coordinators step each other down at once', async () => {
    const team = await newTeam(RPPS.rheumatologist);
    const first = await professionalId(server.db, RPPS.rheumatologist);
    const second = await professionalId(server.db, RPPS.cardiologist);
    await server.graphql(
      AddTeamMemberDocument,
      { teamId: team.id, professionalId: second, role: 'COORDINATOR' },
      { rpps: RPPS.rheumatologist },
    );
    const stepDown = (rpps: string, professional: string) =>
      server.graphql(
        SetTeamMemberRoleDocument,
        { teamId: team.id, professionalId: professional, role: 'MEMBER' },
        { rpps },
      );
    const results = await Promise.all([stepDown(RPPS.rheumatologist, second), stepDown(RPPS.cardiologist, first)]);
    expect(results.filter((result) => !result.errors).length).toBe(1);
    const coordinators = await server.db.prisma.teamMember.count({
      where: { teamId: rawId(team.id), role: 'COORDINATOR' },
    });
    expect(coordinators).toBe(1);
  });

  it('of the demonstration service are its coordinator and two dermatologists', async () => {
    const [entry] = (await everything({ text: 'herriot' })).filter((e) => e.__typename === 'Team');
    const team = await server.graphql(TeamByIdDocument, { id: entry!.id }, { rpps: COORDINATOR });
    const node = team.expectData().node as {
      myRole: string;
      members: { role: string; professional: { lastName: string } }[];
    };
    expect(node.myRole).toBe('COORDINATOR');
    expect(node.members.map((m) => [m.role, m.professional.lastName])).toEqual([
      ['COORDINATOR', 'Chevalier'],
      ['MEMBER', 'Rousseau'],
      ['MEMBER', 'Roux'],
    ]);
    const asMember = await server.graphql(TeamByIdDocument, { id: entry!.id }, { rpps: MEMBER });
    expect((asMember.expectData().node as { myRole: string }).myRole).toBe('MEMBER');
  });
});

describe("a team's prerequisite templates", () => {
  it('are added and removed by its coordinators, and downloaded by any professional', async () => {
    const team = await newTeam(RPPS.rheumatologist);
    const form = files.pdf('Bilan rhumatologique.pdf');
    const upload = (rpps: string) =>
      server.upload(AddTeamTemplateDocument, { teamId: team.id, file: null as never }, { file: form }, { rpps });
    (await upload(RPPS.outsider)).expectError('FORBIDDEN');
    const added = await upload(RPPS.rheumatologist);
    const [template] = added.expectData().addTeamTemplate.prerequisiteTemplates;
    expect(template).toMatchObject({ fileName: 'Bilan rhumatologique.pdf', mediaType: 'application/pdf' });
    expect((await http(template!.url)).status).toBe(200);
    const remove = (rpps: string) =>
      server.graphql(RemoveTeamTemplateDocument, { teamId: team.id, id: template!.id }, { rpps });
    (await remove(RPPS.outsider)).expectError('FORBIDDEN');
    expect((await remove(RPPS.rheumatologist)).expectData().removeTeamTemplate.prerequisiteTemplates).toEqual([]);
    (await remove(RPPS.rheumatologist)).expectError('NOT_FOUND');
  });
});
