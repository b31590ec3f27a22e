// The benchmark database: created afresh on the PostgreSQL server, migrated, and filled with generated data in a few set-based statements.
import pg from 'pg';
import { openDatabase } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { recountAll } from '../src/domain/unread.ts';
import { Prisma } from '../src/generated/prisma/client.ts';
import { globalId } from '../test/kit/requests.ts';

export interface Scale {
  professionals: number;
  experts: number;
  requests: number;
  /** Messages of each ordinary request, besides its opening. */
  messagesPerRequest: number;
  /** The one long conversation. */
  conversationMessages: number;
  /** Requests whose two parties subscribe in the chat-like live workload. */
  rooms: number;
}

export const FULL: Scale = {
  professionals: 3000,
  experts: 300,
  requests: 30_000,
  messagesPerRequest: 6,
  conversationMessages: 5000,
  rooms: 1000,
};
export const QUICK: Scale = {
  professionals: 300,
  experts: 30,
  requests: 1500,
  messagesPerRequest: 4,
  conversationMessages: 500,
  rooms: 100,
};

/** A request's id as our API names it (the Relay global id). */
export const requestGlobalId = (requestId: string): string => globalId('TeleexpertiseRequest', requestId);

/** A request and its two parties. */
export interface Room {
  requestId: string;
  requester: Party;
  expert: Party;
}

export interface Party {
  id: string;
  rpps: string;
}

export interface BenchData {
  scale: Scale;
  counts: Record<string, number>;
  /** Experts with at least 20 requests each: the inbox is read in turn as each of them. */
  inboxViewers: Party[];
  /** The long conversation, read as its expert. */
  conversation: Room & { messages: number };
  /** A request with no subscriber of its own: the fan-out workload's 1,000 sockets follow it. */
  broadcast: Room;
  /** Requests with their two parties, for the chat-like workload. */
  rooms: Room[];
}

/** Drops and recreates `databaseUrl`'s database (connecting to the server's `postgres` database to do so). */
async function recreateDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name))
    throw new Error(`The benchmark database name must be a plain identifier, not ${name}`);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

/** Numbers 1..n as SQL, for set-based generation. */
const FILL = (scale: Scale) => [
  // Professionals: RPPS 9xxxxxxxxxx, the first `experts` of them listed experts.
  `INSERT INTO "Professional" (id, rpps, "firstName", "lastName", profession, specialty, city, "postalCode", "nameKey", "specialtyKey", "cityKey", "updatedAt")
   SELECT gen_random_uuid(), '9' || lpad(i::text, 10, '0'),
          (ARRAY['Claire','Hélène','Marc','Sophie','Julien','Nadia','Paul','Inès','Luc','Emma'])[1 + i % 10],
          'Nom' || i,
          CASE WHEN i <= ${scale.experts} THEN 'PHYSICIAN' ELSE (ARRAY['PHYSICIAN','NURSE','MIDWIFE','PHYSIOTHERAPIST','PHARMACIST'])[1 + i % 5] END::"Profession",
          CASE WHEN i <= ${scale.experts} THEN (ARRAY['Dermatologie','Cardiologie','Gériatrie','Diabétologie','Pneumologie'])[1 + i % 5] END,
          (ARRAY['Lyon','Paris','Lille','Nantes','Rennes','Brest'])[1 + i % 6], lpad((10000 + i % 89999)::text, 5, '0'),
          lower((ARRAY['claire','helene','marc','sophie','julien','nadia','paul','ines','luc','emma'])[1 + i % 10] || ' nom' || i),
          CASE WHEN i <= ${scale.experts} THEN lower((ARRAY['dermatologie','cardiologie','geriatrie','diabetologie','pneumologie'])[1 + i % 5]) END,
          lower((ARRAY['lyon','paris','lille','nantes','rennes','brest'])[1 + i % 6]), now()
   FROM generate_series(1, ${scale.professionals}) i`,
  `INSERT INTO "ExpertProfile" ("professionalId", listed, "activityDescription", "updatedAt")
   SELECT id, true, 'Téléexpertise de second avis', now() FROM "Professional" WHERE rpps <= '9' || lpad('${scale.experts}', 10, '0')`,
  `CREATE TEMP TABLE numbered AS SELECT id, row_number() OVER (ORDER BY rpps) AS n FROM "Professional"`,
  `CREATE UNIQUE INDEX ON numbered (n)`,
  // Requests: request i is made by requester (experts+1 + i mod non-experts) to expert (1 + i mod experts), across 90 days.
  `CREATE TEMP TABLE generated AS
   SELECT gen_random_uuid() AS id, i,
          (SELECT id FROM numbered WHERE n = ${scale.experts} + 1 + (i * 7919) % ${scale.professionals - scale.experts}) AS "requesterId",
          (SELECT id FROM numbered WHERE n = 1 + i % ${scale.experts}) AS "expertId",
          now() - make_interval(secs => (i * 263) % (90 * 86400)) AS at
   FROM generate_series(1, ${scale.requests}) i`,
  `INSERT INTO "Patient" (id, "birthName", "firstNames", "birthDate", sex)
   SELECT id, 'PATIENT' || i, 'Prénom', DATE '1950-01-01' + (i % 20000), (ARRAY['F','M'])[1 + i % 2] FROM generated WHERE i % 2 = 0`,
  `INSERT INTO "TeleexpertiseRequest" (id, "requesterId", "expertId", "patientId", question, status, "consentGivenBy", "consentCollectedAt", "dueAt", "lastSequence", "lastActivityAt", "createdAt", "updatedAt", "acceptedAt")
   SELECT id, "requesterId", "expertId", CASE WHEN i % 2 = 0 THEN id END,
          'Question ' || i || ' : avis sur une lésion cutanée évolutive depuis trois semaines ?',
          (ARRAY['SUBMITTED','ACCEPTED','ACCEPTED','REPORTED','INFO_REQUESTED','DECLINED'])[1 + i % 6]::"RequestStatus",
          'PATIENT', at - interval '1 hour', at + interval '7 days', ${scale.messagesPerRequest + 2}, at, at - interval '1 hour', at,
          CASE WHEN i % 6 IN (1, 2, 3) THEN at - interval '30 minutes' END
   FROM generated`,
  // The opening (prerequisites, then the question), then replies in turn.
  `INSERT INTO "Message" (id, "requestId", sequence, kind, body, "authorId", "createdAt")
   SELECT gen_random_uuid(), g.id, s,
          CASE WHEN s = 1 THEN 'PREREQUISITES' ELSE 'TEXT' END::"MessageKind",
          CASE WHEN s = 1 THEN 'Merci de joindre une photo nette et la chronologie.' ELSE 'Message ' || s || ' de la demande ' || g.i || ', avec quelques détails cliniques.' END,
          CASE WHEN s % 2 = 1 THEN g."expertId" ELSE g."requesterId" END,
          g.at - make_interval(mins => (${scale.messagesPerRequest + 2} - s) * 5)
   FROM generated g, generate_series(1, ${scale.messagesPerRequest + 2}) s`,
  `UPDATE "TeleexpertiseRequest" r SET "lastMessageId" = m.id FROM "Message" m WHERE m."requestId" = r.id AND m.sequence = r."lastSequence"`,
  // Each side has read part of the conversation.
  `INSERT INTO "ReadMark" ("requestId", "professionalId", "lastReadSequence", "updatedAt")
   SELECT id, "expertId", 1 + i % ${scale.messagesPerRequest + 2}, at FROM generated
   UNION ALL SELECT id, "requesterId", 2 + i % ${scale.messagesPerRequest + 1}, at FROM generated`,
  // A few distinct files, attached to one message in four.
  `INSERT INTO "FileContent" (sha256, bytes, size)
   SELECT encode(sha256(('file ' || f)::bytea), 'hex'), ('file ' || f)::bytea, length('file ' || f) FROM generate_series(1, 20) f`,
  `INSERT INTO "Attachment" (id, "fileName", "mediaType", size, sha256, "messageId", "uploadedById", "createdAt")
   SELECT gen_random_uuid(), 'photo-' || m.sequence || '.png', 'image/png', 1000 + m.sequence, encode(sha256(('file ' || (1 + m.sequence % 20))::bytea), 'hex'), m.id, m."authorId", m."createdAt"
   FROM "Message" m WHERE m.sequence % 4 = 0`,
];

/** The long conversation: a request between the first expert and the first requester, `messages` long, with files on one message in ten. */
const CONVERSATION = (scale: Scale) => [
  `CREATE TEMP TABLE long_request AS
   SELECT gen_random_uuid() AS id, (SELECT id FROM numbered WHERE n = ${scale.experts} + 1) AS "requesterId", (SELECT id FROM numbered WHERE n = 1) AS "expertId"`,
  `INSERT INTO "TeleexpertiseRequest" (id, "requesterId", "expertId", question, status, "consentGivenBy", "consentCollectedAt", "dueAt", "lastSequence", "lastActivityAt", "createdAt", "updatedAt", "acceptedAt")
   SELECT id, "requesterId", "expertId", 'Suivi au long cours : plaie chronique, photos hebdomadaires', 'ACCEPTED', 'PATIENT', now() - interval '60 days',
          now() + interval '3 days', ${scale.conversationMessages}, now() - interval '1 minute', now() - interval '60 days', now(), now() - interval '59 days'
   FROM long_request`,
  `INSERT INTO "Message" (id, "requestId", sequence, kind, body, "authorId", "createdAt")
   SELECT gen_random_uuid(), r.id, s, CASE WHEN s = 1 THEN 'PREREQUISITES' ELSE 'TEXT' END::"MessageKind",
          'Échange ' || s || ' : évolution de la plaie, pansement refait, douleur évaluée à ' || (s % 10) || '/10.',
          CASE WHEN s % 2 = 1 THEN r."expertId" ELSE r."requesterId" END,
          now() - interval '60 days' + make_interval(secs => s * (60 * 86400 / ${scale.conversationMessages}))
   FROM long_request r, generate_series(1, ${scale.conversationMessages}) s`,
  `UPDATE "TeleexpertiseRequest" r SET "lastMessageId" = m.id FROM long_request l, "Message" m WHERE r.id = l.id AND m."requestId" = l.id AND m.sequence = r."lastSequence"`,
  `INSERT INTO "Attachment" (id, "fileName", "mediaType", size, sha256, "messageId", "uploadedById", "createdAt")
   SELECT gen_random_uuid(), 'plaie-' || m.sequence || '-' || k || '.png', 'image/png', 2000 + k, encode(sha256(('file ' || (1 + (m.sequence + k) % 20))::bytea), 'hex'), m.id, m."authorId", m."createdAt"
   FROM "Message" m, long_request l, generate_series(1, 2) k WHERE m."requestId" = l.id AND m.sequence % 10 = 0`,
  `INSERT INTO "ReadMark" ("requestId", "professionalId", "lastReadSequence", "updatedAt")
   SELECT id, "expertId", ${scale.conversationMessages - 30}, now() FROM long_request`,
];

export async function prepareBenchDatabase(databaseUrl: string, scale: Scale): Promise<BenchData> {
  await recreateDatabase(databaseUrl);
  const db = await openDatabase({ url: databaseUrl });
  try {
    await migrateDatabase(db, { databaseUrl });
  } finally {
    await db.close();
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const statement of [...FILL(scale), ...CONVERSATION(scale)]) await client.query(statement);
    // The messages were written here, not through the conversation: their unread counts are counted once, now.
    const recount = recountAll(Prisma.sql`true`);
    await client.query(recount.text, recount.values);
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE');
    const party = async (sql: string): Promise<Party[]> => (await client.query<Party>(sql)).rows;
    const counts: Record<string, number> = {};
    for (const table of ['Professional', 'TeleexpertiseRequest', 'Message', 'Attachment', 'ReadMark']) {
      counts[table] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n);
    }
    const inboxViewers = await party(`
      SELECT p.id, p.rpps FROM "Professional" p
      WHERE (SELECT count(*) FROM "TeleexpertiseRequest" r WHERE r."expertId" = p.id) >= 20 ORDER BY p.rpps`);
    /** Requests (ordered and limited by `rest`) with their two parties. */
    const withParties = async (rest: string): Promise<Room[]> =>
      (
        await client.query<{
          requestId: string;
          requesterId: string;
          requesterRpps: string;
          expertId: string;
          expertRpps: string;
        }>(`
          SELECT r.id AS "requestId", q.id AS "requesterId", q.rpps AS "requesterRpps", e.id AS "expertId", e.rpps AS "expertRpps"
          FROM "TeleexpertiseRequest" r JOIN "Professional" q ON q.id = r."requesterId" JOIN "Professional" e ON e.id = r."expertId"
          ${rest}`)
      ).rows.map((row) => ({
        requestId: row.requestId,
        requester: { id: row.requesterId, rpps: row.requesterRpps },
        expert: { id: row.expertId, rpps: row.expertRpps },
      }));
    const [long] = await withParties(
      `WHERE r."lastSequence" = ${scale.conversationMessages} AND r.question LIKE 'Suivi au long cours%'`,
    );
    // Rooms: the most recent ACCEPTED requests, one per distinct pair of parties.
    const rooms = await withParties(
      `WHERE r.status = 'ACCEPTED' AND r.question LIKE 'Question %' ORDER BY r."lastActivityAt" DESC LIMIT ${scale.rooms + 1}`,
    );
    if (!long || rooms.length < scale.rooms + 1 || inboxViewers.length === 0)
      throw new Error('The generated data lacks the conversation, the rooms or inbox readers');
    const [broadcast, ...chat] = rooms;
    return {
      scale,
      counts,
      inboxViewers,
      conversation: { ...long, messages: scale.conversationMessages },
      broadcast: broadcast!,
      rooms: chat,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
