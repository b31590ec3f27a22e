// Batched loads for one operation: whatever the page size, each is one SQL statement.
import DataLoader from 'dataloader';
import type { Database } from '../db/client.ts';
import { receivedReportWhere } from '../domain/access.ts';
import { traceReads } from '../domain/changes.ts';
import { COMPLIANCE_ACTIONS, type TraceEntry } from '../domain/compliance.ts';
import { Prisma } from '../generated/prisma/client.ts';

export interface Loaders {
  /** Messages of a request the viewer has not read (their own excluded). */
  unreadCount: DataLoader<string, number>;
  /** Traces that the viewer read a request's patient; resolves once recorded. */
  patientRead: DataLoader<{ requestId: string; patientId: string }, true, string>;
  /** Traces that the viewer read a report's content; resolves once recorded. */
  reportRead: DataLoader<{ reportId: string; requestId: string }, true, string>;
  /** Whether a delegation is still in force (a delegate sees the requests made with it only then). */
  delegationLive: DataLoader<string, boolean>;
  /** Whether a report of the request was transmitted to the viewer (as the treating doctor). */
  reportReceived: DataLoader<string, boolean>;
  /** The latest synthesis of the request shared with the viewer, if any. */
  receivedSynthesis: DataLoader<string, string | null>;
  /** The trace records the compliance grid reads, per request, oldest first. */
  complianceTrace: DataLoader<string, TraceEntry[]>;
}

/** Records that the viewer read health data: once per record and operation, one statement per batch. */
function readTracer<K extends { requestId: string }>(
  db: Database,
  viewerId: string,
  entry: (read: K) => { action: string; entityType: string; entityId: string },
): DataLoader<K, true, string> {
  return new DataLoader(
    async (reads) => {
      await traceReads(db.prisma, { id: viewerId }, reads.map((read) => ({ ...entry(read), requestId: read.requestId })));
      return reads.map(() => true as const);
    },
    { cacheKeyFn: (read) => entry(read).entityId },
  );
}

export function createLoaders(db: Database, viewerId: string): Loaders {
  return {
    unreadCount: new DataLoader(async (requestIds) => {
      const rows = await db.prisma.$queryRaw<{ requestId: string; unread: number }[]>(Prisma.sql`
        SELECT m."requestId", count(*)::int AS "unread"
        FROM "Message" m
        LEFT JOIN "ReadMark" r ON r."requestId" = m."requestId" AND r."professionalId" = ${viewerId}::uuid
        WHERE m."requestId" = ANY(${[...requestIds]}::uuid[])
          AND m."sequence" > COALESCE(r."lastReadSequence", 0)
          AND m."authorId" IS DISTINCT FROM ${viewerId}::uuid
        GROUP BY m."requestId"`);
      const counts = new Map(rows.map((row) => [row.requestId, row.unread]));
      return requestIds.map((id) => counts.get(id) ?? 0);
    }),
    patientRead: readTracer(db, viewerId, ({ patientId }) => ({ action: 'patient.read', entityType: 'Patient', entityId: patientId })),
    reportRead: readTracer(db, viewerId, ({ reportId }) => ({ action: 'report.read', entityType: 'Report', entityId: reportId })),
    delegationLive: new DataLoader(async (ids) => {
      const live = await db.prisma.delegation.findMany({ where: { id: { in: [...ids] }, revokedAt: null }, select: { id: true } });
      const liveIds = new Set(live.map((delegation) => delegation.id));
      return ids.map((id) => liveIds.has(id));
    }),
    reportReceived: new DataLoader(async (requestIds) => {
      const received = await db.prisma.report.findMany({
        where: { requestId: { in: [...requestIds] }, transmissions: { some: receivedReportWhere(viewerId) } },
        select: { requestId: true },
        distinct: ['requestId'],
      });
      const ids = new Set(received.map((report) => report.requestId));
      return requestIds.map((id) => ids.has(id));
    }),
    receivedSynthesis: new DataLoader(async (requestIds) => {
      const shares = await db.prisma.synthesisShare.findMany({
        where: { requestId: { in: [...requestIds] }, recipientId: viewerId },
        select: { id: true, requestId: true },
        orderBy: { createdAt: 'asc' },
      });
      const latest = new Map(shares.map((share) => [share.requestId, share.id]));
      return requestIds.map((id) => latest.get(id) ?? null);
    }),
    complianceTrace: new DataLoader(async (requestIds) => {
      const entries = await db.prisma.auditEvent.findMany({
        where: { requestId: { in: [...requestIds] }, action: { in: COMPLIANCE_ACTIONS } },
        select: { id: true, at: true, actorId: true, action: true, details: true, requestId: true },
        orderBy: { id: 'asc' },
      });
      return requestIds.map((id) => entries.filter((entry) => entry.requestId === id));
    }),
  };
}
