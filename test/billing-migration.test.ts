// The migration to per-professional counting: acts keep their flags, and the counters are rebuilt per professional
// from the acts, so that the next act of each professional gets the right rank. Runs the migrations' SQL on PGlite.
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../src/db/migrate.ts';

const MIGRATION = '20261202140111_billing_per_professional';
const sqlOf = (name: string) => readFile(path.join(MIGRATIONS_DIR, name, 'migration.sql'), 'utf8');

let pglite: PGlite;
beforeAll(async () => {
  pglite = await PGlite.create();
  const names = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of names.slice(0, names.indexOf(MIGRATION))) await pglite.exec(await sqlOf(name));
}, 60_000);
afterAll(() => pglite?.close());

const PATIENT = 'a'.repeat(64);

async function professional(rpps: string): Promise<string> {
  const id = randomUUID();
  await pglite.query(
    `INSERT INTO "Professional" ("id", "rpps", "firstName", "lastName", "profession", "nameKey", "updatedAt")
     VALUES ($1, $2, 'Test', 'Test', 'PHYSICIAN', 'test test', now())`,
    [id, rpps],
  );
  return id;
}

/** An act as the platform-wide counter ranked it before the migration. */
async function act(row: {
  code: string;
  professionalId: string;
  expertId: string;
  requesterId: string;
  day: string;
  rank: number | null;
  patientKey: string | null;
}) {
  const requestId = randomUUID();
  const reportId = randomUUID();
  await pglite.query(
    `INSERT INTO "TeleexpertiseRequest" ("id", "requesterId", "expertId", "question", "consentGivenBy", "dueAt", "lastActivityAt", "updatedAt")
     VALUES ($1, $2, $3, 'Avis ?', 'PATIENT', now(), now(), now())`,
    [requestId, row.requesterId, row.expertId],
  );
  await pglite.query(
    `INSERT INTO "Report" ("id", "requestId", "version", "conclusion", "followUp", "authorId", "signedAt")
     VALUES ($1, $2, 1, 'Avis.', 'NONE', $3, now())`,
    [reportId, requestId, row.expertId],
  );
  const reimbursable = row.rank !== null && row.rank <= 4;
  await pglite.query(
    `INSERT INTO "BillingAct" ("id", "code", "professionalId", "requestId", "reportId", "actDate", "amountCents", "patientKey", "yearlyRank", "reimbursable", "reason")
     VALUES ($1, $2::"BillingCode", $3, $4, $5, $6::date, 2000, $7, $8, $9, $10::"NonReimbursableReason")`,
    [
      randomUUID(),
      row.code,
      row.professionalId,
      requestId,
      reportId,
      row.day,
      row.patientKey,
      row.rank,
      reimbursable,
      row.patientKey === null ? 'ANONYMIZED_PATIENT' : reimbursable ? null : 'YEARLY_LIMIT_REACHED',
    ],
  );
}

describe(`the migration ${MIGRATION}`, () => {
  it('rebuilds the counters per professional from the acts, and leaves the acts as they were', async () => {
    const [expertA, expertB, requester] = [
      await professional('30000000001'),
      await professional('30000000002'),
      await professional('30000000003'),
    ];
    // Platform-wide: five TE2 in 2026 (A three, B two; the fifth not reimbursed), five RQD of one requester, one 2025 act.
    const experts = [expertA, expertA, expertA, expertB, expertB];
    for (const [i, expertId] of experts.entries()) {
      const base = { expertId, requesterId: requester, day: '2026-03-01', patientKey: PATIENT, rank: i + 1 };
      await act({ ...base, code: 'TE2', professionalId: expertId });
      await act({ ...base, code: 'RQD', professionalId: requester });
    }
    await act({
      code: 'TE2',
      professionalId: expertA,
      expertId: expertA,
      requesterId: requester,
      day: '2025-12-31',
      patientKey: PATIENT,
      rank: 1,
    });
    await act({
      code: 'TE2',
      professionalId: expertA,
      expertId: expertA,
      requesterId: requester,
      day: '2026-03-02',
      patientKey: null,
      rank: null,
    });
    await pglite.exec(
      `INSERT INTO "BillingCounter" VALUES ('${PATIENT}', 'TE2', 2026, 5), ('${PATIENT}', 'RQD', 2026, 5), ('${PATIENT}', 'TE2', 2025, 1)`,
    );
    const before = await pglite.query(
      `SELECT "id", "reimbursable", "reason", "yearlyRank" FROM "BillingAct" ORDER BY "id"`,
    );

    await pglite.exec(await sqlOf(MIGRATION));

    const counters = await pglite.query<{ professionalId: string; code: string; year: number; count: number }>(
      `SELECT "professionalId", "code", "year", "count" FROM "BillingCounter" ORDER BY "year", "code", "count" DESC`,
    );
    expect(counters.rows).toEqual([
      { professionalId: expertA, code: 'TE2', year: 2025, count: 1 },
      { professionalId: expertA, code: 'TE2', year: 2026, count: 3 },
      { professionalId: expertB, code: 'TE2', year: 2026, count: 2 },
      { professionalId: requester, code: 'RQD', year: 2026, count: 5 },
    ]);
    const after = await pglite.query(
      `SELECT "id", "reimbursable", "reason", "yearlyRank" FROM "BillingAct" ORDER BY "id"`,
    );
    expect(after.rows).toEqual(before.rows);
    const statuses = await pglite.query<{ status: string }>(`SELECT DISTINCT "status" FROM "BillingAct"`);
    expect(statuses.rows).toEqual([{ status: 'TO_BILL' }]);
  });
});
