// The message write alone: our postMessage and PostGraphile 5's generated createMessage (with the triggers of
// bench/peer/rls.sql doing the sequence, the request update and the audit row), posted in turn to the chat rooms
// by their two parties, closed loop, as fast as each server answers. Then the same invariants are checked of both.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { requestGlobalId, type BenchData } from './data.ts';
import { compareLoads, describeLoad, load, measureLoad, type LoadFigures } from './http-load.ts';
import { peerPost } from './peer/operations.ts';
import { startServer, type RunningServer } from './servers.ts';
import type { BenchSettings } from './settings.ts';
import { bearer } from './tokens.ts';

type System = 'ours' | 'postgraphile';

const OUR_POST = 'mutation Post($input: PostMessageInput!) { postMessage(input: $input) { id sequence } }';

export interface WriteFigures {
  load: Record<System, LoadFigures>;
  /** SQL statements per post, transaction control apart, over a sequential pass. */
  statements: Record<System, { statements: number; transactionControl: number }>;
  /** Ours over PostGraphile, on the median throughputs. */
  ratio: number;
}

interface Body {
  body: string;
  authorization: string;
}

/** Each room in turn, written by its requester and its expert alternately. */
async function bodies(data: BenchData): Promise<Record<System, Body[]>> {
  const ours: Body[] = [];
  const peer: Body[] = [];
  for (const [index, room] of data.rooms.entries()) {
    const authorization = await bearer((index % 2 ? room.expert : room.requester).rpps);
    const body = `Message de charge ${index}`;
    ours.push({
      authorization,
      body: JSON.stringify({
        query: OUR_POST,
        operationName: 'Post',
        variables: { input: { requestId: requestGlobalId(room.requestId), body } },
      }),
    });
    peer.push({ authorization, body: JSON.stringify(peerPost(room.requestId, body)) });
  }
  return { ours, postgraphile: peer };
}

async function statementsPerPost(server: RunningServer, posts: Body[]) {
  const before = await server.stats();
  for (const { body, authorization } of posts) {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body,
    });
    const text = await response.text();
    if (text.includes('"errors"')) throw new Error(`${server.kind} refused a post: ${text.slice(0, 500)}`);
  }
  const after = await server.stats();
  return {
    statements: (after.sql.statements - before.sql.statements) / posts.length,
    transactionControl: (after.sql.transactionControl - before.sql.transactionControl) / posts.length,
  };
}

/**
 * What both writes must leave, checked on every room: gapless sequences ending at the request's lastSequence
 * and lastMessageId, one message.post audit row per message posted through an API, and unread counts that
 * grew by what the other party wrote. Throws on the first room that breaks one.
 */
async function checkInvariants(client: pg.Client, data: BenchData, posted: Date): Promise<void> {
  const { rows } = await client.query<{ id: string; problem: string }>(
    `SELECT r.id,
            CASE
              WHEN r."lastSequence" <> (SELECT max(m.sequence) FROM "Message" m WHERE m."requestId" = r.id) THEN 'lastSequence'
              WHEN (SELECT count(*) FROM "Message" m WHERE m."requestId" = r.id) <> r."lastSequence" THEN 'gap in the sequence'
              WHEN r."lastMessageId" <> (SELECT m.id FROM "Message" m WHERE m."requestId" = r.id ORDER BY m.sequence DESC LIMIT 1) THEN 'lastMessageId'
              WHEN (SELECT count(*) FROM "Message" m WHERE m."requestId" = r.id AND m."createdAt" >= $2)
                <> (SELECT count(*) FROM "AuditEvent" a WHERE a."requestId" = r.id AND a.action = 'message.post' AND a.at >= $2) THEN 'audit rows'
              WHEN r."expertUnread" < (SELECT count(*) FROM "Message" m WHERE m."requestId" = r.id AND m."createdAt" >= $2 AND m."authorId" = r."requesterId") THEN 'unread counts'
            END AS problem
       FROM "TeleexpertiseRequest" r WHERE r.id = ANY($1::uuid[])`,
    [data.rooms.map((room) => room.requestId), posted],
  );
  const broken = rows.filter((row) => row.problem !== null);
  if (broken.length > 0)
    throw new Error(
      `${broken.length} rooms were left wrong by the writes, e.g. ${broken[0]!.id}: ${broken[0]!.problem}`,
    );
}

export async function writes(settings: BenchSettings, data: BenchData): Promise<WriteFigures> {
  const admin = new pg.Client({ connectionString: settings.databaseUrl });
  await admin.connect();
  await admin.query(readFileSync(new URL('./peer/rls.sql', import.meta.url), 'utf8'));
  const posted = new Date();
  const body = await bodies(data);
  const servers: Record<System, RunningServer> = {
    ours: await startServer('ours', settings.oursEnv),
    postgraphile: await startServer('postgraphile', settings.peerEnv),
  };
  try {
    const check = (text: string) => text.includes('"sequence":') && !text.includes('"errors"');
    const run = (system: System, seconds: number) =>
      measureLoad(servers[system], () =>
        load({ url: servers[system].url, bodies: body[system], connections: settings.connections, seconds, check }),
      );
    const figures = await compareLoads(['ours', 'postgraphile'] as const, settings, run);
    const statements = {
      ours: await statementsPerPost(servers.ours, body.ours.slice(0, 20)),
      postgraphile: await statementsPerPost(servers.postgraphile, body.postgraphile.slice(0, 20)),
    };
    await checkInvariants(admin, data, posted);
    const ratio = figures.ours.requestsPerSecond.median / figures.postgraphile.requestsPerSecond.median;
    console.log(`  postMessage / createMessage, ${data.rooms.length} rooms, ${settings.connections} connections`);
    for (const system of ['ours', 'postgraphile'] as const) {
      const s = statements[system];
      console.log(`    ${system.padEnd(12)} ${describeLoad(figures[system])}`);
      console.log(
        `    ${''.padEnd(12)} SQL per post: ${s.statements.toFixed(1)} statements (+${s.transactionControl.toFixed(1)} BEGIN/COMMIT)`,
      );
    }
    console.log(`    ratio ours/PostGraphile ${ratio.toFixed(2)} (target ≥ 1.0; ≥ 1,500 posts/s)`);
    return { load: figures, statements, ratio };
  } finally {
    await admin.end();
    await Promise.all(Object.values(servers).map((server) => server.stop()));
  }
}
