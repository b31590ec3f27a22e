// Durability on a PostgreSQL server: a burst of postMessage from several clients while the real server process is
// killed with SIGKILL and restarted, twice. Afterwards every acknowledged message is stored exactly once, with what
// was sent and the sequence the client was told, retries with the same clientMessageId created nothing new, and each
// conversation is numbered 1..n without a gap or a duplicate.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateRequestDocument, PostMessageDocument, type PostMessageMutation } from './generated/graphql.ts';
import { copyTemplate, type TestDatabase } from './kit/database.ts';
import { graphql, type GraphQLResult } from './kit/graphql.ts';
import { freePort, startServerProcess, type ServerProcess } from './kit/process.ts';
import { rawId, requestInput, RPPS } from './kit/requests.ts';

const CLIENTS = 6;
const MESSAGES_PER_CLIENT = 60;
/** The server is killed once this many messages have been acknowledged, then again at the second count. */
const KILL_AFTER_ACKS = [100, 230];
/** A kill waits until at least this many postMessage requests are on the wire, so that it interrupts some. */
const MIN_IN_FLIGHT_AT_KILL = 3;
const REQUEST_TIMEOUT_MS = 15_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Failure {
  /** `interrupted`: sent to a server that was then killed; `refused`: no server listening; `error`: a GraphQL error. */
  kind: 'interrupted' | 'refused' | 'other' | 'error';
  detail: string;
  /** The server generation the attempt was sent to (0: the first process). */
  sentUnder: number;
}

interface Sent {
  client: number;
  requestId: string; // database id
  authorRpps: string;
  clientMessageId: string;
  body: string;
  failures: Failure[];
  ack?: { id: string; sequence: number };
}

describe.runIf(process.env.DATABASE_URL)(
  'durability of acknowledged messages across SIGKILL (PostgreSQL server)',
  () => {
    let database: TestDatabase | undefined;
    let server: ServerProcess | undefined;
    const outputs: string[] = [];
    /** Set when the file ends: clients still looping (after a failure) stop. */
    let ended = false;

    beforeAll(async () => {
      database = await copyTemplate();
    });

    // Whatever the outcome, no server outlives the file and the database is dropped.
    afterAll(async () => {
      ended = true;
      await server?.kill().catch(() => undefined);
      await database?.drop();
    });

    it('keeps every acknowledged message exactly once, in gapless sequences, through two kills and restarts', {
      timeout: 120_000,
    }, async () => {
      const url = database!.url!;
      const port = await freePort();
      const env = {
        DATABASE_URL: url,
        NODE_ENV: 'test',
        SEED_DEMO: 'false',
        // Warnings and errors only (the server never logs bodies or tokens); kept in memory for failure messages.
        LOG_LEVEL: 'warn',
        DEADLINE_CHECK_SECONDS: '0',
        REDIS_URL: '',
        // The burst is six clients of two professionals: a per-professional rate limit is not what is tested here.
        RATE_LIMIT_PER_MINUTE: '0',
      };
      const start = async () => {
        server = await startServerProcess(port, env);
        return server;
      };
      await start();
      const graphqlUrl = `http://127.0.0.1:${port}/graphql`;

      // Two requests, each written to by the requester and the expert at once (three clients per request).
      const requestIds: string[] = [];
      for (let i = 0; i < 2; i += 1) {
        const input = await requestInput(database!.db);
        const created = await graphql(graphqlUrl, CreateRequestDocument, { input }, { rpps: RPPS.requester });
        requestIds.push(created.expectData().createRequest.id);
      }
      const professionalIds = Object.fromEntries(
        await Promise.all(
          [RPPS.requester, RPPS.expert].map(
            async (rpps) =>
              [rpps, (await database!.db.prisma.professional.findUniqueOrThrow({ where: { rpps } })).id] as const,
          ),
        ),
      );

      // Shared state of the burst.
      const sent: Sent[] = [];
      let attempts = 0;
      let acknowledged = 0;
      let inFlight = 0;
      /** Incremented when the running server is killed: an attempt sent under an older generation was interrupted. */
      let generation = 0;
      let done = false;

      async function attempt(message: Sent): Promise<void> {
        const sentUnder = generation;
        attempts += 1;
        inFlight += 1;
        let result: GraphQLResult<PostMessageMutation>;
        try {
          result = await graphql(
            graphqlUrl,
            PostMessageDocument,
            {
              input: {
                requestId: requestIds[message.client % 2]!,
                body: message.body,
                clientMessageId: message.clientMessageId,
              },
            },
            { rpps: message.authorRpps },
            { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
          );
          // A body cut short by the kill is a network failure, not an answer.
          if (result.body === undefined) throw new Error(`not JSON: ${result.text.slice(0, 100)}`);
        } catch (error) {
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          const detail = cause?.code ?? cause?.message ?? (error as Error).message;
          const kind = detail === 'ECONNREFUSED' ? 'refused' : generation !== sentUnder ? 'interrupted' : 'other';
          message.failures.push({ kind, detail, sentUnder });
          return;
        } finally {
          inFlight -= 1;
        }
        const posted = result.data?.postMessage;
        if (posted) {
          // Acknowledged: the client holds this id and sequence from now on.
          message.ack = { id: rawId(posted.id), sequence: posted.sequence };
          acknowledged += 1;
          return;
        }
        message.failures.push({
          kind: 'error',
          detail: `HTTP ${result.status} ${(result.errors ?? []).map((e) => e.extensions?.['code'] ?? e.message).join(',')}`,
          sentUnder,
        });
      }

      async function runClient(client: number): Promise<void> {
        const authorRpps = client < CLIENTS / 2 ? RPPS.requester : RPPS.expert;
        for (let k = 0; k < MESSAGES_PER_CLIENT; k += 1) {
          const message: Sent = {
            client,
            requestId: rawId(requestIds[client % 2]!),
            authorRpps,
            clientMessageId: `durability-${client}-${k}`,
            // Distinct bodies of varied lengths (the server trims surrounding spaces: none here).
            body: `Message ${k} of client ${client}: ${'x'.repeat(1 + (k % 7))}`,
            failures: [],
          };
          sent.push(message);
          // Like a real client: the same clientMessageId again until the server answers.
          while (!message.ack) {
            if (ended) return;
            await attempt(message);
            if (message.ack) break;
            if (message.failures.length > 200)
              throw new Error(
                `client ${client} gave up on message ${k}: ${JSON.stringify(message.failures.slice(-3))}`,
              );
            await sleep(25 + Math.random() * 50);
          }
        }
      }

      interface Kill {
        acknowledgedBefore: number;
        inFlight: number;
        /** clientMessageIds stored when the killed process was gone, before the next one started. */
        storedAtKill: Set<string>;
        downMs: number;
      }
      const kills: Kill[] = [];

      async function killAndRestart(afterAcks: number): Promise<void> {
        while (!done && !(acknowledged >= afterAcks && inFlight >= MIN_IN_FLIGHT_AT_KILL)) await sleep(1);
        if (done) throw new Error(`the burst ended before ${afterAcks} acknowledgements: nothing to interrupt`);
        const killed = server!;
        const kill = { acknowledgedBefore: acknowledged, inFlight, storedAtKill: new Set<string>(), downMs: 0 };
        const downSince = performance.now();
        generation += 1;
        killed.child.kill('SIGKILL');
        outputs.push(killed.output());
        expect(await killed.exited).toBeNull();
        // A COMMIT sent just before the kill may still be completing in its PostgreSQL backend.
        await sleep(200);
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          const { rows } = await client.query<{ clientMessageId: string }>(
            `SELECT "clientMessageId" FROM "Message" WHERE "requestId" = ANY($1::uuid[]) AND "clientMessageId" IS NOT NULL`,
            [requestIds.map(rawId)],
          );
          for (const row of rows) kill.storedAtKill.add(row.clientMessageId);
        } finally {
          await client.end();
        }
        await start();
        kill.downMs = Math.round(performance.now() - downSince);
        kills.push(kill);
      }

      const startedAt = performance.now();
      const clients = Promise.all(Array.from({ length: CLIENTS }, (_, client) => runClient(client))).finally(() => {
        done = true;
      });
      const killer = (async () => {
        for (const afterAcks of KILL_AFTER_ACKS) await killAndRestart(afterAcks);
      })();
      await Promise.all([clients, killer]);
      const burstMs = Math.round(performance.now() - startedAt);
      outputs.push(server!.output());

      // What the clients saw.
      const failuresOf = (kind: Failure['kind']) =>
        sent.reduce((n, m) => n + m.failures.filter((f) => f.kind === kind).length, 0);
      const retried = sent.filter((m) => m.failures.length > 0);
      // Interrupted by a kill, yet committed by the killed process: its retry had to return that first message.
      const storedBeforeItsAck = sent.filter((m) =>
        m.failures.some((f) => f.kind === 'interrupted' && kills[f.sentUnder]?.storedAtKill.has(m.clientMessageId)),
      );

      // What the database holds, read with a plain pg client.
      const verify = new pg.Client({ connectionString: url });
      await verify.connect();
      let messages: {
        id: string;
        requestId: string;
        sequence: number;
        kind: string;
        body: string;
        authorId: string | null;
        clientMessageId: string | null;
      }[];
      let requests: { id: string; lastSequence: number; lastMessageId: string | null }[];
      let audits: { entityId: string; count: string }[];
      try {
        ({ rows: messages } = await verify.query(
          `SELECT "id", "requestId", "sequence", "kind", "body", "authorId", "clientMessageId" FROM "Message" WHERE "requestId" = ANY($1::uuid[]) ORDER BY "requestId", "sequence"`,
          [requestIds.map(rawId)],
        ));
        ({ rows: requests } = await verify.query(
          `SELECT "id", "lastSequence", "lastMessageId" FROM "TeleexpertiseRequest" WHERE "id" = ANY($1::uuid[])`,
          [requestIds.map(rawId)],
        ));
        ({ rows: audits } = await verify.query(
          `SELECT "entityId", count(*) FROM "AuditEvent" WHERE "action" = 'message.post' AND "requestId" = ANY($1::uuid[]) GROUP BY "entityId"`,
          [requestIds.map(rawId)],
        ));
      } finally {
        await verify.end();
      }
      const ours = messages.filter((m) => m.clientMessageId?.startsWith('durability-'));

      const counts = {
        clients: CLIENTS,
        attempted: sent.length,
        httpAttempts: attempts,
        acknowledged: sent.filter((m) => m.ack).length,
        failedThenRetried: retried.length,
        interruptedInFlight: failuresOf('interrupted'),
        refusedWhileDown: failuresOf('refused'),
        otherNetworkFailures: failuresOf('other'),
        otherFailureKinds: [
          ...new Set(sent.flatMap((m) => m.failures.filter((f) => f.kind === 'other').map((f) => f.detail))),
        ],
        graphqlErrors: failuresOf('error'),
        committedButUnacknowledgedThenRetried: storedBeforeItsAck.length,
        stored: ours.length,
        kills: kills.map((k, index) => ({
          afterAcks: k.acknowledgedBefore,
          inFlight: k.inFlight,
          interrupted: sent.reduce(
            (n, m) => n + m.failures.filter((f) => f.kind === 'interrupted' && f.sentUnder === index).length,
            0,
          ),
          downMs: k.downMs,
        })),
        burstMs,
      };
      console.log(`durability counts: ${JSON.stringify(counts)}`);
      const serverOutput = outputs.join('').trim();
      const about = `counts ${JSON.stringify(counts)}${serverOutput ? `\n--- server output (warnings and errors) ---\n${serverOutput.slice(-4_000)}` : ''}`;

      // The kills interrupted work under way, or the test would prove nothing.
      expect(kills, about).toHaveLength(KILL_AFTER_ACKS.length);
      expect(
        counts.kills.map((k) => k.interrupted > 0),
        about,
      ).toEqual(KILL_AFTER_ACKS.map(() => true));
      expect(counts.failedThenRetried, about).toBeGreaterThan(0);
      // The restarted server answered every retry with data.
      expect(
        sent.flatMap((m) => m.failures.filter((f) => f.kind === 'error').map((f) => f.detail)),
        about,
      ).toEqual([]);

      // Every acknowledged message is stored exactly once, as sent and as acknowledged.
      expect(counts.acknowledged, about).toBe(counts.attempted);
      const byClientId = new Map<string, typeof ours>();
      for (const row of ours)
        byClientId.set(row.clientMessageId!, [...(byClientId.get(row.clientMessageId!) ?? []), row]);
      const byId = new Map(messages.map((row) => [row.id, row]));
      const problems: string[] = [];
      for (const message of sent) {
        const rows = byClientId.get(message.clientMessageId) ?? [];
        if (rows.length !== 1) {
          problems.push(`${message.clientMessageId}: stored ${rows.length} times`);
          continue;
        }
        const row = rows[0]!;
        const ack = message.ack!;
        if (row.id !== ack.id)
          problems.push(`${message.clientMessageId}: acknowledged as ${ack.id}, stored as ${row.id}`);
        if (!byId.has(ack.id)) problems.push(`${message.clientMessageId}: acknowledged id ${ack.id} is not stored`);
        if (row.sequence !== ack.sequence)
          problems.push(
            `${message.clientMessageId}: acknowledged with sequence ${ack.sequence}, stored with ${row.sequence}`,
          );
        if (row.body !== message.body)
          problems.push(`${message.clientMessageId}: stored body differs from the one sent`);
        if (row.requestId !== message.requestId) problems.push(`${message.clientMessageId}: stored in another request`);
        if (row.authorId !== professionalIds[message.authorRpps])
          problems.push(`${message.clientMessageId}: stored with another author`);
        if (row.kind !== 'TEXT') problems.push(`${message.clientMessageId}: stored as ${row.kind}`);
      }
      // Nothing stored that no client sent, and no message id acknowledged to two different sends.
      const sentIds = new Set(sent.map((m) => m.clientMessageId));
      for (const row of ours)
        if (!sentIds.has(row.clientMessageId!)) problems.push(`${row.clientMessageId}: stored but never sent`);
      const ackIds = sent.map((m) => m.ack!.id);
      if (new Set(ackIds).size !== ackIds.length)
        problems.push('one message id was acknowledged for two different sends');
      expect(problems, about).toEqual([]);
      expect(counts.stored, about).toBe(counts.attempted);

      // Sequences: appendMessage gives lastSequence + 1 under the request's row lock (FOR UPDATE), in the same
      // transaction as the message, so a conversation is numbered 1..n with no duplicate and no gap (a rolled-back or
      // killed transaction uses no number), n being the request's lastSequence and its last message the n-th.
      for (const requestId of requestIds.map(rawId)) {
        const rows = messages.filter((m) => m.requestId === requestId);
        expect(
          rows.map((m) => m.sequence),
          `sequences of request ${requestId}`,
        ).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
        const request = requests.find((r) => r.id === requestId)!;
        expect(request.lastSequence).toBe(rows.length);
        expect(request.lastMessageId).toBe(rows.at(-1)!.id);
      }

      // Each stored message was traced once, in its own transaction: a message without its audit record (or with two)
      // would mean a partial commit or a duplicate.
      const auditCount = new Map(audits.map((a) => [a.entityId, Number(a.count)]));
      expect(
        messages
          .filter((m) => auditCount.get(m.id) !== 1)
          .map((m) => `${m.id}: ${auditCount.get(m.id) ?? 0} audit records`),
      ).toEqual([]);
      expect(audits.length).toBe(messages.length);
    });
  },
);
