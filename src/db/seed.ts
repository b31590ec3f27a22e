// Loads the demonstration directory into an empty database, once.
import { DEMO_REQUESTER_RPPS, demoProfessionals } from '../../prisma/seed-data.ts';
import { professionalSearchKeys } from '../domain/professionals.ts';
import { optionalSearchKey } from '../domain/search-key.ts';
import type { Database } from './client.ts';

/** Arbitrary, fixed key of the advisory lock that lets one of several starting instances seed. */
const SEED_LOCK_KEY = 7_240_611_002;

/**
 * Returns false when the demonstration data is already there. Another instance may hold the
 * lock while it seeds: the transaction waits for it rather than fail the start.
 */
export async function seedDemoData(db: Database): Promise<boolean> {
  return db.prisma.$transaction(async (tx) => {
    await tx.$queryRawUnsafe(`SELECT 1 FROM pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    if (await tx.professional.findUnique({ where: { rpps: DEMO_REQUESTER_RPPS }, select: { id: true } })) return false;
    for (const { expert, ...professional } of demoProfessionals) {
      await tx.professional.create({
        data: {
          ...professional,
          ...professionalSearchKeys(professional),
          ...(expert && {
            expertProfile: { create: { ...expert, descriptionKey: optionalSearchKey(expert.activityDescription) } },
          }),
        },
      });
    }
    return true;
  }, { timeout: 60_000, maxWait: 10_000 });
}
