// Checks the PostGraphile peer on a migrated and seeded scratch database, and measures what it sends to PostgreSQL.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/peer_dev \
//     node --import ./bench/peer/polyfill.mjs --import tsx bench/peer/check.ts
//
// CHECK_REQUESTER_RPPS / CHECK_EXPERT_RPPS read as other participants than the seeded demo ones (e.g. on
// the generated benchmark data); the conversation is their latest request together. CHECK_RUNS: runs
// measured per operation (5).
//
// It applies bench/peer/rls.sql (idempotent), starts the peer in this process, and:
//  1. runs INBOX and CONVERSATION for the demo requester and the demo expert and prints the responses;
//  2. shows that a professional taking part in no request sees 0 requests and null for the request by id,
//     and that missing, forged and expired tokens are refused;
//  3. compares every unreadCount returned with the SQL definition of our loader (src/graphql/loaders.ts);
//  4. compares, professional by professional, what RLS lets bench_peer read with our visibility rule
//     (src/domain/access.ts), on the data as it is and on fixtures (delegations live and revoked, read
//     marks) created inside a transaction that is rolled back: the database is left as it was;
//  5. runs each operation several times with a counter on pg.Client.prototype.query and prints the SQL
//     statements per operation (transaction control, set_config and real statements apart), the rows
//     PostgreSQL returned (rows received, and rowCount), and the text of each distinct statement.
// Exits with 1 if any check fails.
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DEMO_EXPERT_RPPS, DEMO_REQUESTER_RPPS } from '../../prisma/seed-data.ts';
import { DEVELOPMENT_JWT_SECRET as OUR_SECRET } from '../../src/config.ts';
import { isTransactionControl } from '../../src/db/statement-log.ts';
import { observeSql } from '../sql-counter.ts';
import { tokenFor } from '../../test/kit/tokens.ts';
import { CONVERSATION, INBOX, conversationVariables, inboxVariables } from './operations.ts';
import { DEVELOPMENT_JWT_SECRET as PEER_SECRET, PEER_ROLE, RPPS_SETTING, startPostGraphile } from './postgraphile.ts';

const RUNS = Number(process.env.CHECK_RUNS ?? 5);
/** The two participants to read as (default: the seeded demo requester and expert). */
const REQUESTER_RPPS = process.env.CHECK_REQUESTER_RPPS ?? DEMO_REQUESTER_RPPS;
const EXPERT_RPPS = process.env.CHECK_EXPERT_RPPS ?? DEMO_EXPERT_RPPS;

// ---------------------------------------------------------------------------------------------------------
// Statement counter: every query any pg.Client sends (the peer's pool included), except this script's own.

type StatementKind = 'transaction' | 'settings' | 'statement';
interface Recorded {
  kind: StatementKind;
  text: string;
  rows: number;
  rowCount: number;
  /** Characters of the returned values as JSON: a rough measure of the data, as nested lists come back as one value. */
  chars: number;
}
const ownClients = new WeakSet<object>();
let recording: Recorded[] | undefined;

const SETTINGS = /^\s*select set_config\(/i;

/** Records, while `recording` is set, the statements of every client but the check's own. */
function installCounter(): void {
  observeSql(({ client, text, results }) => {
    const log = recording;
    if (!log || ownClients.has(client)) return;
    const entry: Recorded = {
      kind: isTransactionControl(text) ? 'transaction' : SETTINGS.test(text) ? 'settings' : 'statement',
      text,
      rows: 0,
      rowCount: 0,
      chars: 0,
    };
    log.push(entry);
    void results.then((all) => {
      for (const result of all) {
        entry.rows += result.rows?.length ?? 0;
        entry.rowCount += result.rowCount ?? 0;
        entry.chars += result.rows ? JSON.stringify(result.rows).length : 0;
      }
    });
  });
}

async function record<T>(operation: () => Promise<T>): Promise<{ result: T; log: Recorded[] }> {
  const log: Recorded[] = [];
  recording = log;
  try {
    return { result: await operation(), log };
  } finally {
    recording = undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------

let failures = 0;
function check(condition: boolean, what: string): void {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${what}`);
  if (!condition) failures += 1;
}

interface GraphQLResponse {
  status: number;
  body: { data?: any; errors?: { message: string }[] };
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('Set DATABASE_URL to the migrated and seeded scratch database');
  installCounter();

  const db = new pg.Client({ connectionString: databaseUrl, application_name: 'bench-peer-check' });
  ownClients.add(db);
  await db.connect();
  let peer: Awaited<ReturnType<typeof startPostGraphile>> | undefined;
  try {
    check(PEER_SECRET === OUR_SECRET, "the peer's default JWT secret is src/config.ts DEVELOPMENT_JWT_SECRET");
    await db.query(await readFile(new URL('./rls.sql', import.meta.url), 'utf8'));
    console.log('bench/peer/rls.sql applied');

    peer = await startPostGraphile({ databaseUrl, port: 0 });
    console.log(`peer at ${peer.url}\n`);
    const url = peer.url;
    const post = async (
      query: string,
      variables: Record<string, unknown>,
      authorization?: string,
    ): Promise<GraphQLResponse> => {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
    };

    const idOf = async (rpps: string) =>
      (await db.query<{ id: string }>('select "id" from "Professional" where "rpps" = $1', [rpps])).rows[0]?.id;
    const requesterId = await idOf(REQUESTER_RPPS);
    const expertId = await idOf(EXPERT_RPPS);
    if (!requesterId || !expertId)
      throw new Error(
        `No professional ${REQUESTER_RPPS} or ${EXPERT_RPPS}: run npm run seed on this database, or set CHECK_REQUESTER_RPPS and CHECK_EXPERT_RPPS`,
      );
    const latest = await db.query<{ id: string }>(
      `select "id" from "TeleexpertiseRequest" where "requesterId" = $1 and "expertId" = $2
       order by "lastActivityAt" desc, "id" desc limit 1`,
      [requesterId, expertId],
    );
    const conversationId = latest.rows[0]?.id;
    if (!conversationId) throw new Error('No request between the demo requester and expert');
    // A professional taking part in no request, if there is one (the seeded data has some, the generated
    // benchmark data may not); else one who does not take part in the conversation.
    const outsiders = await db.query<{ rpps: string; none: boolean }>(
      `(select p."rpps", true as none from "Professional" p
        where not exists (select from "TeleexpertiseRequest" r where p."id" in (r."requesterId", r."expertId", r."onBehalfOfId"))
        order by p."rpps" limit 1)
       union all
       (select p."rpps", false from "Professional" p, "TeleexpertiseRequest" r
        where r."id" = $1 and p."id" not in (r."requesterId", r."expertId") and p."id" is distinct from r."onBehalfOfId"
        order by p."rpps" limit 1)`,
      [conversationId],
    );
    const outsider = outsiders.rows[0];

    const viewers = [
      { label: 'requester', rpps: REQUESTER_RPPS, id: requesterId },
      { label: 'expert', rpps: EXPERT_RPPS, id: expertId },
    ];

    // 1. The two operations, as each demo participant.
    for (const viewer of viewers) {
      const auth = `Bearer ${await tokenFor(viewer.rpps)}`;
      const inbox = await post(INBOX, inboxVariables(), auth);
      console.log(`--- INBOX as the ${viewer.label} (${viewer.rpps}): HTTP ${inbox.status}`);
      console.log(JSON.stringify(inbox.body, null, 2));
      check(inbox.status === 200 && !inbox.body.errors, `INBOX as the ${viewer.label}: no errors`);
      const conversation = await post(CONVERSATION, conversationVariables(conversationId), auth);
      console.log(`--- CONVERSATION ${conversationId} as the ${viewer.label}: HTTP ${conversation.status}`);
      console.log(JSON.stringify(conversation.body, null, 2));
      check(conversation.status === 200 && !conversation.body.errors, `CONVERSATION as the ${viewer.label}: no errors`);
      check(conversation.body.data?.request != null, `CONVERSATION as the ${viewer.label}: the request is visible`);

      // 3. unreadCount against the SQL definition.
      const edges: { node: { id: string; unreadCount: number } }[] = inbox.body.data?.requests?.edges ?? [];
      const ids = edges.map((edge) => rowIdOf(edge.node.id));
      const expected = await db.query<{ id: string; unread: number }>(
        `select r.id, (select count(*)::int from "Message" m
                       left join "ReadMark" rm on rm."requestId" = m."requestId" and rm."professionalId" = $2
                       where m."requestId" = r."id" and m."sequence" > coalesce(rm."lastReadSequence", 0)
                         and m."authorId" is distinct from $2) as unread
         from "TeleexpertiseRequest" r where r."id" = any($1::uuid[])`,
        [ids, viewer.id],
      );
      const byId = new Map(expected.rows.map((row) => [row.id, row.unread]));
      const mismatches = edges.filter((edge) => byId.get(rowIdOf(edge.node.id)) !== edge.node.unreadCount);
      check(
        edges.length > 0 && mismatches.length === 0,
        `unreadCount as the ${viewer.label} equals the SQL definition on all ${edges.length} requests (${edges.map((e) => e.node.unreadCount).join(', ')})`,
      );
      // The inbox is the viewer's requests, newest activity first.
      const mine = await db.query<{ id: string }>(
        `select r."id" from "TeleexpertiseRequest" r left join "Delegation" d on d."id" = r."delegationId"
         where r."expertId" = $1 or r."onBehalfOfId" = $1 or (r."requesterId" = $1 and (r."delegationId" is null or d."revokedAt" is null))
         order by r."lastActivityAt" desc, r."id" desc limit 20`,
        [viewer.id],
      );
      check(
        JSON.stringify(ids) === JSON.stringify(mine.rows.map((row) => row.id)),
        `INBOX as the ${viewer.label} lists exactly the viewer's ${mine.rows.length} latest requests, in order`,
      );
    }

    // 2. Outsiders and refused tokens.
    console.log('');
    if (outsider) {
      const auth = `Bearer ${await tokenFor(outsider.rpps)}`;
      const inbox = await post(INBOX, inboxVariables(), auth);
      const conversation = await post(CONVERSATION, conversationVariables(conversationId), auth);
      const who = outsider.none ? 'who takes part in no request' : 'who does not take part in the conversation';
      console.log(`--- as ${outsider.rpps}, ${who}: INBOX ${JSON.stringify(inbox.body).slice(0, 300)}`);
      console.log(`--- as ${outsider.rpps}: CONVERSATION ${JSON.stringify(conversation.body)}`);
      const edges: { node: { id: string } }[] = inbox.body.data?.requests?.edges ?? [];
      if (outsider.none) {
        check(
          !inbox.body.errors && edges.length === 0,
          `a professional taking part in no request (${outsider.rpps}) sees 0 requests`,
        );
      } else {
        console.log(
          '(every professional takes part in some request here: the 0-request case is the unregistered RPPS below)',
        );
        check(
          !inbox.body.errors && edges.every((edge) => rowIdOf(edge.node.id) !== conversationId),
          `a professional outside the conversation (${outsider.rpps}) does not get it in their inbox`,
        );
      }
      check(
        !conversation.body.errors && conversation.body.data?.request === null,
        `a professional outside the conversation (${outsider.rpps}) gets null for the request by id`,
      );
    } else {
      check(false, 'found a professional outside the conversation');
    }
    const unknown = await post(INBOX, inboxVariables(), `Bearer ${await tokenFor('99999999999')}`);
    check(
      unknown.status === 200 && unknown.body.data?.requests?.edges?.length === 0,
      'an unregistered RPPS with a valid token sees 0 requests (our server answers 401 instead)',
    );
    const refusals: [string, string | undefined][] = [
      ['no Authorization header', undefined],
      ['a token signed with another secret', `Bearer ${await forged()}`],
      ['an expired token', `Bearer ${await tokenFor(EXPERT_RPPS, {}, Math.floor(Date.now() / 1000) - 120)}`],
      ['a token without an 11-digit RPPS', `Bearer ${await tokenFor('abc')}`],
      ['a malformed header', 'Token abc'],
    ];
    for (const [what, authorization] of refusals) {
      const refused = await post(INBOX, inboxVariables(), authorization);
      console.log(`--- ${what}: HTTP ${refused.status} ${JSON.stringify(refused.body)}`);
      check(refused.status === 401 && refused.body.data === undefined, `${what} is refused with HTTP 401`);
    }

    // 4. RLS against our rule, on the data as it is, then on rolled-back fixtures.
    console.log('');
    await db.query('begin');
    try {
      await compareWithRule(db, 'the data as it is');
    } finally {
      await db.query('rollback');
    }
    await db.query('begin');
    try {
      const rpps = await createFixtures(db);
      await compareWithRule(db, 'rolled-back fixtures (live and revoked delegations, read marks)', rpps);
    } finally {
      await db.query('rollback');
    }

    // 5. What PostGraphile sends to PostgreSQL per operation, as the expert (the benchmark reads both as experts).
    console.log('');
    const auth = `Bearer ${await tokenFor(EXPERT_RPPS)}`;
    for (const [name, query, variables] of [
      ['INBOX', INBOX, inboxVariables()],
      ['CONVERSATION', CONVERSATION, conversationVariables(conversationId)],
    ] as const) {
      await post(query, variables, auth); // warm: plan caches, pool connections
      const runs: Recorded[][] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const { result, log } = await record(() => post(query, variables, auth));
        if (result.body.errors) check(false, `${name} run ${run + 1}: ${JSON.stringify(result.body.errors)}`);
        await new Promise((resolve) => setImmediate(resolve));
        runs.push(log);
      }
      const per = (kind: StatementKind, field: 'count' | 'rows' | 'rowCount' | 'chars') =>
        runs.map((log) =>
          log
            .filter((entry) => entry.kind === kind)
            .reduce((sum, entry) => sum + (field === 'count' ? 1 : entry[field]), 0),
        );
      const show = (values: number[]) => (new Set(values).size === 1 ? String(values[0]) : values.join('/'));
      console.log(`=== ${name}, as the expert (${EXPERT_RPPS}), ${RUNS} runs after one warm-up (per run)`);
      console.log(`  real statements:          ${show(per('statement', 'count'))}`);
      console.log(
        `  rows they returned:       ${show(per('statement', 'rows'))} received, rowCount ${show(per('statement', 'rowCount'))} (≈${show(per('statement', 'chars'))} characters as JSON)`,
      );
      console.log(
        `  set_config statements:    ${show(per('settings', 'count'))} (rows ${show(per('settings', 'rows'))})`,
      );
      console.log(`  BEGIN/COMMIT:             ${show(per('transaction', 'count'))}`);
      console.log(`  all round trips:          ${show(runs.map((log) => log.length))}`);
      console.log(
        `  sequence: ${runs[0]!.map((entry) => (entry.kind === 'statement' ? 'STATEMENT' : entry.text.trim().split(/\s+/).slice(0, 2).join(' '))).join(' → ')}`,
      );
      const distinct = [
        ...new Set(runs[0]!.filter((entry) => entry.kind !== 'transaction').map((entry) => entry.text)),
      ];
      distinct.forEach((text, index) => console.log(`  --- statement ${index + 1}:\n${text}\n`));
    }
  } finally {
    try {
      await peer?.close();
    } finally {
      await db.end();
    }
  }
  console.log(failures === 0 ? '\nAll checks passed.' : `\n${failures} check(s) FAILED.`);
  process.exitCode = failures === 0 ? 0 : 1;
}

/** The uuid inside a PostGraphile Node ID (base64 of ["TypeName", "uuid"]). */
function rowIdOf(nodeId: string): string {
  const decoded = JSON.parse(Buffer.from(nodeId, 'base64').toString('utf8')) as unknown[];
  return String(decoded[1]);
}

async function forged(): Promise<string> {
  const { SignJWT } = await import('jose');
  return new SignJWT({ sub: EXPERT_RPPS })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
}

/**
 * For professionals (the given ones, else the participants of requests and a few others), compares what
 * bench_peer reads under RLS (requests, messages, read marks, unread counts) with our rule evaluated by
 * the superuser. Runs inside the caller's transaction, switching role under a savepoint rolled back each time.
 */
async function compareWithRule(db: pg.Client, label: string, only?: string[]): Promise<void> {
  const professionals = only
    ? only
    : (
        await db.query<{ rpps: string }>(
          `(select p."rpps" from "Professional" p
            where exists (select from "TeleexpertiseRequest" r where p."id" in (r."requesterId", r."expertId", r."onBehalfOfId"))
            order by p."rpps" limit 50)
           union (select "rpps" from "Professional" order by "rpps" limit 5)`,
        )
      ).rows.map((row) => row.rpps);
  let compared = 0;
  const problems: string[] = [];
  for (const rpps of professionals) {
    // Messages are compared on the viewer's requests and on up to 20 requests that are not theirs (counting
    // every message under RLS would scan the whole table for each professional).
    const expected = await db.query<{
      requests: string[] | null;
      messages: number;
      unread: Record<string, number> | null;
      probe: string[];
    }>(
      `with viewer as (select "id" from "Professional" where "rpps" = $1),
       visible as (
         select r."id" from "TeleexpertiseRequest" r left join "Delegation" d on d."id" = r."delegationId", viewer v
         where r."expertId" = v."id" or r."onBehalfOfId" = v."id"
            or (r."requesterId" = v."id" and (r."delegationId" is null or d."revokedAt" is null)))
       select (select array_agg("id"::text order by "id") from visible) as requests,
              (select count(*)::int from "Message" m where m."requestId" in (select "id" from visible)) as messages,
              (select array_agg("id") from (select "id" from visible
                 union all (select r."id" from "TeleexpertiseRequest" r where r."id" not in (select "id" from visible) limit 20)) probe) as probe,
              (select jsonb_object_agg(vr."id", (
                  select count(*) from "Message" m
                  left join "ReadMark" rm on rm."requestId" = m."requestId" and rm."professionalId" = (select "id" from viewer)
                  where m."requestId" = vr."id" and m."sequence" > coalesce(rm."lastReadSequence", 0)
                    and m."authorId" is distinct from (select "id" from viewer)))
               from visible vr) as unread`,
      [rpps],
    );
    await db.query('savepoint peer_check');
    try {
      await db.query(`set local role ${PEER_ROLE}`);
      await db.query('select set_config($1, $2, true)', [RPPS_SETTING, rpps]);
      const actual = await db.query<{
        requests: string[] | null;
        messages: number;
        unread: Record<string, number> | null;
        marks: number;
        foreignMarks: number;
      }>(
        `select (select array_agg("id"::text order by "id") from "TeleexpertiseRequest") as requests,
                (select count(*)::int from "Message" where "requestId" = any($2::uuid[])) as messages,
                (select jsonb_object_agg(r."id", public."TeleexpertiseRequest_unreadCount"(r)) from "TeleexpertiseRequest" r) as unread,
                (select count(*)::int from "ReadMark") as marks,
                (select count(*)::int from "ReadMark" where "professionalId" is distinct from (select "id" from "Professional" where "rpps" = $1)) as "foreignMarks"`,
        [rpps, expected.rows[0]!.probe],
      );
      const { probe: _probe, ...want } = expected.rows[0]!;
      const got = actual.rows[0]!;
      const same =
        JSON.stringify(want.requests ?? []) === JSON.stringify(got.requests ?? []) &&
        want.messages === got.messages &&
        JSON.stringify(sorted(want.unread)) === JSON.stringify(sorted(got.unread)) &&
        got.foreignMarks === 0;
      if (!same) problems.push(`${rpps}: expected ${JSON.stringify(want)}, RLS gave ${JSON.stringify(got)}`);
      compared += 1;
    } finally {
      await db.query('rollback to savepoint peer_check');
    }
  }
  for (const problem of problems) console.log(`  ${problem}`);
  check(
    problems.length === 0 && compared > 0,
    `RLS = our rule for ${compared} professionals on ${label} (requests, messages, unread counts, own read marks only)`,
  );
}

function sorted(value: Record<string, number> | null): [string, number][] {
  return Object.entries(value ?? {})
    .map(([key, count]) => [key, Number(count)] as [string, number])
    .sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Inside the caller's transaction: a delegator A, their delegate B, an expert E and an outsider X; requests
 * made by B for A under a live and a revoked delegation, one made by A directly; messages by each and a
 * system one; read marks. Returns their RPPS numbers.
 */
async function createFixtures(db: pg.Client): Promise<string[]> {
  const base = 90_000_000_000 + Math.floor(Math.random() * 9_000_000) * 1000;
  const [a, b, e, x] = [1, 2, 3, 4].map((n) => String(base + n)) as [string, string, string, string];
  const ids = { a: randomUUID(), b: randomUUID(), e: randomUUID(), x: randomUUID() };
  for (const [id, rpps, name] of [
    [ids.a, a, 'Delegator'],
    [ids.b, b, 'Delegate'],
    [ids.e, e, 'Expert'],
    [ids.x, x, 'Outsider'],
  ] as const) {
    await db.query(
      `insert into "Professional" ("id", "rpps", "firstName", "lastName", "profession", "nameKey", "updatedAt")
       values ($1, $2, 'Fixture', $3, 'PHYSICIAN', lower('fixture ' || $3), now())`,
      [id, rpps, name],
    );
  }
  const live = randomUUID();
  const revoked = randomUUID();
  await db.query(`insert into "Delegation" ("id", "delegatorId", "delegateId") values ($1, $2, $3)`, [
    live,
    ids.a,
    ids.b,
  ]);
  await db.query(
    `insert into "Delegation" ("id", "delegatorId", "delegateId", "revokedAt") values ($1, $2, $3, now())`,
    [revoked, ids.a, ids.b],
  );
  const request = async (requester: string, onBehalfOf: string | null, delegation: string | null) => {
    const id = randomUUID();
    await db.query(
      `insert into "TeleexpertiseRequest" ("id", "requesterId", "onBehalfOfId", "delegationId", "expertId", "question",
         "consentGivenBy", "dueAt", "lastActivityAt", "updatedAt")
       values ($1, $2, $3, $4, $5, 'Fixture question', 'PATIENT', now() + interval '7 days', now(), now())`,
      [id, requester, onBehalfOf, delegation, ids.e],
    );
    return id;
  };
  const underLive = await request(ids.b, ids.a, live);
  const underRevoked = await request(ids.b, ids.a, revoked);
  const direct = await request(ids.a, null, null);
  let sequence = 0;
  const message = async (requestId: string, author: string | null) => {
    sequence += 1;
    await db.query(
      `insert into "Message" ("id", "requestId", "sequence", "kind", "body", "authorId") values ($1, $2, $3, $4, 'Fixture message', $5)`,
      [randomUUID(), requestId, sequence, author ? 'TEXT' : 'SYSTEM', author],
    );
  };
  for (const requestId of [underLive, underRevoked, direct]) {
    sequence = 0;
    for (const author of [ids.b, ids.e, null, ids.a, ids.e, ids.b]) await message(requestId, author);
  }
  for (const [requestId, professional, last] of [
    [underLive, ids.e, 2],
    [underLive, ids.b, 4],
    [underRevoked, ids.a, 1],
    [direct, ids.a, 6],
  ] as const) {
    await db.query(
      `insert into "ReadMark" ("requestId", "professionalId", "lastReadSequence", "updatedAt") values ($1, $2, $3, now())`,
      [requestId, professional, last],
    );
  }
  return [a, b, e, x];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
