// Batched loads for one operation: whatever the page size, each is one SQL statement.
import DataLoader from 'dataloader';
import type { Database } from '../db/client.ts';
import { traceReads } from '../domain/changes.ts';
import { Prisma } from '../generated/prisma/client.ts';

export interface Loaders {
  /** Messages of a request the viewer has not read (their own excluded). */
  unreadCount: DataLoader<string, number>;
  /** Traces that the viewer read a request's patient; resolves once recorded. */
  patientRead: DataLoader<{ requestId: string; patientId: string }, true, string>;
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
    patientRead: new DataLoader(
      async (reads) => {
        await traceReads(
          db.prisma,
          { id: viewerId },
          reads.map(({ requestId, patientId }) => ({ action: 'patient.read', entityType: 'Patient', entityId: patientId, requestId })),
        );
        return reads.map(() => true as const);
      },
      { cacheKeyFn: (read) => read.requestId },
    ),
  };
}
