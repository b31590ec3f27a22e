// The inbox and a conversation page, read by our server and by PostGraphile 5 on the same database, as the same professionals.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { requestGlobalId, type BenchData } from './data.ts';
import { compareLoads, describeLoad, load, measureLoad, type LoadFigures } from './http-load.ts';
import { peerOperation } from './peer/operations.ts';
import { startServer, type RunningServer } from './servers.ts';
import type { BenchSettings } from './settings.ts';
import { bearer } from './tokens.ts';

type System = 'ours' | 'postgraphile';
type Workload = 'inbox' | 'conversation';

const OUR_INBOX = `query Inbox {
  requests(first: 20) {
    edges { node { id status question lastActivityAt requester { id firstName lastName } expert { id firstName lastName } lastMessage { id sequence kind body createdAt } unreadCount } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const OUR_CONVERSATION = `query Conversation($id: ID!) {
  node(id: $id) {
    ... on TeleexpertiseRequest {
      id
      messages(last: 50) { edges { node { id sequence kind body createdAt author { id firstName lastName } attachments { id fileName mediaType size } } } }
    }
  }
}`;

/** The ratios to reach, ours over PostGraphile. */
const READ_TARGETS: Record<Workload, number> = { inbox: 1.2, conversation: 1.0 };

/** What one operation costs the database, measured over a quiet sequential pass. */
export interface Shape {
  statements: number;
  transactionControl: number;
  /** Rows the statements returned to the GraphQL server. */
  rowsSent: number;
  /** Rows PostgreSQL read from tables (sequential scans plus index fetches), from pg_stat_user_tables; NaN in quick mode. */
  rowsRead: number;
  /** Records in the GraphQL response (objects with an id). */
  rowsReturned: number;
}

export interface ReadFigures {
  shape: Record<Workload, Record<System, Shape>>;
  load: Record<Workload, Record<System, LoadFigures>>;
  /** Ours over PostGraphile, on the median throughputs. */
  ratio: Record<Workload, number>;
}

interface Body {
  body: string;
  authorization: string;
}

function countRecords(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countRecords(item), 0);
  if (value && typeof value === 'object') {
    return ('id' in value ? 1 : 0) + Object.values(value).reduce((sum: number, item) => sum + countRecords(item), 0);
  }
  return 0;
}

async function tableReads(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT coalesce(sum(coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)), 0) AS n FROM pg_stat_user_tables`,
  );
  return Number(rows[0]!.n);
}

/**
 * A backend that flushed its statistics less than a second ago flushes the next ones only after 10 s of
 * idleness (PostgreSQL 15): rows read are counted over waits that long, and not at all in quick mode.
 */
const STATS_FLUSH_MS = 11_000;

/** Sends each body once, in turn, and measures statements, rows and records per operation. */
async function shapeOf(
  server: RunningServer,
  bodies: Body[],
  stats: pg.Client,
  countRowsRead: boolean,
): Promise<Shape> {
  const flushed = async () => {
    if (!countRowsRead) return NaN;
    await new Promise((resolve) => setTimeout(resolve, STATS_FLUSH_MS));
    await stats.query('SELECT pg_stat_clear_snapshot()');
    return tableReads(stats);
  };
  const readBefore = await flushed();
  const before = await server.stats();
  let records = 0;
  for (const { body, authorization } of bodies) {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body,
    });
    const result = (await response.json()) as { data?: unknown; errors?: unknown };
    if (result.errors || !result.data)
      throw new Error(`${server.kind} answered with errors: ${JSON.stringify(result.errors).slice(0, 500)}`);
    records += countRecords(result.data);
  }
  const after = await server.stats();
  // The statistics query itself reads pg_stat views, not user tables.
  const rowsRead = (await flushed()) - readBefore;
  const n = bodies.length;
  return {
    statements: (after.sql.statements - before.sql.statements) / n,
    transactionControl: (after.sql.transactionControl - before.sql.transactionControl) / n,
    rowsSent: (after.sql.rows - before.sql.rows) / n,
    rowsRead: rowsRead / n,
    rowsReturned: records / n,
  };
}

export async function reads(settings: BenchSettings, data: BenchData): Promise<ReadFigures> {
  const admin = new pg.Client({ connectionString: settings.databaseUrl });
  await admin.connect();
  // PostGraphile's side: a role, row-level security policies and the unread count as a computed column (our server connects as the owner and is not subject to them).
  await admin.query(readFileSync(new URL('./peer/rls.sql', import.meta.url), 'utf8'));

  const viewers = data.inboxViewers.slice(0, settings.quick ? 10 : 200);
  const inboxAuth = await Promise.all(viewers.map((viewer) => bearer(viewer.rpps)));
  const conversationAuth = await bearer(data.conversation.expert.rpps);
  const ourId = requestGlobalId(data.conversation.requestId);
  const bodies: Record<Workload, Record<System, Body[]>> = {
    inbox: {
      ours: inboxAuth.map((authorization) => ({
        authorization,
        body: JSON.stringify({ query: OUR_INBOX, operationName: 'Inbox' }),
      })),
      postgraphile: inboxAuth.map((authorization) => ({ authorization, body: JSON.stringify(peerOperation('inbox')) })),
    },
    conversation: {
      ours: [
        {
          authorization: conversationAuth,
          body: JSON.stringify({ query: OUR_CONVERSATION, operationName: 'Conversation', variables: { id: ourId } }),
        },
      ],
      postgraphile: [
        {
          authorization: conversationAuth,
          body: JSON.stringify(peerOperation('conversation', data.conversation.requestId)),
        },
      ],
    },
  };

  const servers: Record<System, RunningServer> = {
    ours: await startServer('ours', settings.oursEnv),
    postgraphile: await startServer('postgraphile', settings.peerEnv),
  };
  try {
    const shape = {} as ReadFigures['shape'];
    const loadFigures = {} as ReadFigures['load'];
    const ratio = {} as ReadFigures['ratio'];
    for (const workload of ['inbox', 'conversation'] as const) {
      const check =
        workload === 'inbox'
          ? (text: string) => text.includes('"edges":[{') && !text.includes('"errors"')
          : (text: string) => text.includes('"sequence":') && !text.includes('"errors"');
      const run = (system: System, seconds: number) =>
        measureLoad(servers[system], () =>
          load({
            url: servers[system].url,
            bodies: bodies[workload][system],
            connections: settings.connections,
            seconds,
            check,
          }),
        );
      loadFigures[workload] = await compareLoads(['ours', 'postgraphile'] as const, settings, run);
      // After the load: the servers know every token, so authentication costs nothing here, as in the rounds.
      shape[workload] = {
        ours: await shapeOf(servers.ours, bodies[workload].ours.slice(0, 20), admin, !settings.quick),
        postgraphile: await shapeOf(
          servers.postgraphile,
          bodies[workload].postgraphile.slice(0, 20),
          admin,
          !settings.quick,
        ),
      };
      ratio[workload] =
        loadFigures[workload].ours.requestsPerSecond.median /
        loadFigures[workload].postgraphile.requestsPerSecond.median;
      console.log(`  ${workload}`);
      for (const system of ['ours', 'postgraphile'] as const) {
        const f = loadFigures[workload][system];
        const s = shape[workload][system];
        console.log(`    ${system.padEnd(12)} ${describeLoad(f)}`);
        console.log(
          `    ${''.padEnd(12)} SQL per operation: ${s.statements.toFixed(1)} statements (+${s.transactionControl.toFixed(1)} BEGIN/COMMIT) · rows sent ${s.rowsSent.toFixed(1)} · rows read ${Number.isNaN(s.rowsRead) ? 'not counted in quick mode' : `${s.rowsRead.toFixed(1)} · read/returned ${(s.rowsRead / s.rowsReturned).toFixed(2)}`} · records returned ${s.rowsReturned.toFixed(1)}`,
        );
      }
      console.log(
        `    ratio ours/PostGraphile ${ratio[workload].toFixed(2)} (target ≥ ${READ_TARGETS[workload].toFixed(1)})`,
      );
    }
    return { shape, load: loadFigures, ratio };
  } finally {
    await admin.end();
    await Promise.all(Object.values(servers).map((server) => server.stop()));
  }
}
