// The inbox's page, chosen in SQL along the caller's indexes, is exactly what the access rule gives
// when Prisma reads every request of the caller and sorts them: same requests, same order, same pages,
// forward and backward.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inboxPage, inboxWhere, type InboxCursor, type InboxFilter } from '../src/domain/inbox.ts';
import { RequestStatus } from '../src/generated/prisma/enums.ts';
import type { Prisma } from '../src/generated/prisma/client.ts';
import { copyTemplate, type TestDatabase } from './kit/database.ts';

let database: TestDatabase;
let people: string[];
const now = new Date();

/** A small deterministic generator, so that a failure can be replayed. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % n;
  };
}

beforeAll(async () => {
  database = await copyTemplate();
  const { prisma } = database.db;
  people = (await prisma.professional.findMany({ select: { id: true }, orderBy: { rpps: 'asc' }, take: 6 })).map(
    (p) => p.id,
  );
  const pick = generator(7);
  // Delegations between the first professionals, one of them revoked.
  const delegations = await Promise.all(
    [
      [0, 1, null],
      [2, 1, now],
      [3, 4, null],
    ].map(([delegator, delegate, revokedAt]) =>
      prisma.delegation.create({
        data: {
          delegatorId: people[delegator as number]!,
          delegateId: people[delegate as number]!,
          revokedAt: revokedAt as Date | null,
        },
      }),
    ),
  );
  const statuses = Object.values(RequestStatus);
  const base = now.getTime() - 30 * 24 * 3600_000;
  const rows: Prisma.TeleexpertiseRequestCreateManyInput[] = [];
  for (let i = 0; i < 400; i += 1) {
    const expert = pick(people.length);
    let requester = pick(people.length);
    if (requester === expert) requester = (requester + 1) % people.length;
    const delegation = pick(3) === 0 ? delegations[pick(delegations.length)]! : null;
    rows.push({
      id: randomUUID(),
      requesterId: delegation ? delegation.delegateId : people[requester]!,
      onBehalfOfId: delegation ? delegation.delegatorId : null,
      delegationId: delegation?.id ?? null,
      expertId: people[expert]!,
      question: `question ${i}`,
      status: statuses[pick(statuses.length)]!,
      consentGivenBy: 'PATIENT',
      consentCollectedAt: now,
      dueAt: new Date(base + pick(60) * 24 * 3600_000),
      // Few distinct instants: many requests share their latest activity, and the id decides between them.
      lastActivityAt: new Date(base + pick(40) * 3600_000),
    });
  }
  await prisma.teleexpertiseRequest.createMany({ data: rows });
  await prisma.$executeRawUnsafe('ANALYZE');
});
afterAll(() => database?.drop());

async function expected(
  viewerId: string,
  filter: InboxFilter,
  after: InboxCursor | null,
  take: number,
): Promise<string[]> {
  const where = inboxWhere(viewerId, filter, now);
  if (after)
    where.push({ OR: [{ lastActivityAt: { lt: after.at } }, { lastActivityAt: after.at, id: { lt: after.id } }] });
  const rows = await database.db.prisma.teleexpertiseRequest.findMany({
    where: { AND: where },
    orderBy: [{ lastActivityAt: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

const filters: InboxFilter[] = [
  {},
  { role: 'EXPERT' },
  { role: 'REQUESTER' },
  { status: [RequestStatus.SUBMITTED, RequestStatus.ACCEPTED] },
  { overdue: true },
  { overdue: false, role: 'REQUESTER' },
];

it('gives every professional, with every filter, the requests and order the access rule gives, page after page', async () => {
  const { prisma } = database.db;
  let compared = 0;
  for (const viewerId of people) {
    for (const filter of filters) {
      let after: InboxCursor | null = null;
      for (let page = 0; page < 50; page += 1) {
        const entries = await inboxPage(prisma, viewerId, { filter, cursor: after, take: 7, now });
        const ids = entries.map((entry) => entry.id);
        expect(ids).toEqual(await expected(viewerId, filter, after, 7));
        compared += ids.length;
        if (ids.length < 7) break;
        const last = entries.at(-1)!;
        after = { at: last.lastActivityAt, id: last.id };
      }
    }
  }
  // Enough requests went through the comparison for it to mean something.
  expect(compared).toBeGreaterThan(1000);
});

/** The whole list the access rule gives, in inbox order. */
async function wholeInbox(viewerId: string, filter: InboxFilter): Promise<string[]> {
  const rows = await database.db.prisma.teleexpertiseRequest.findMany({
    where: { AND: inboxWhere(viewerId, filter, now) },
    orderBy: [{ lastActivityAt: 'desc' }, { id: 'desc' }],
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

it('walks every list backward from its end, page after page, as the access rule orders it', async () => {
  const { prisma } = database.db;
  let compared = 0;
  for (const viewerId of people) {
    for (const filter of filters) {
      const whole = await wholeInbox(viewerId, filter);
      // The pages read so far, the earliest first: each new page goes in front.
      let walked: string[] = [];
      let before: InboxCursor | null = null;
      for (let page = 0; page < 50; page += 1) {
        const entries = await inboxPage(prisma, viewerId, { filter, cursor: before, backward: true, take: 7, now });
        const ids = entries.map((entry) => entry.id);
        // The (up to) 7 requests just before the cursor, or the last 7 of the list without one.
        const end = before ? whole.indexOf(before.id) : whole.length;
        expect(ids).toEqual(whole.slice(Math.max(0, end - 7), end));
        walked = [...ids, ...walked];
        compared += ids.length;
        if (ids.length < 7) break;
        const first = entries[0]!;
        before = { at: first.lastActivityAt, id: first.id };
      }
      expect(walked).toEqual(whole);
    }
  }
  expect(compared).toBeGreaterThan(1000);
});
