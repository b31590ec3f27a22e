// On a PostgreSQL server each statement is prepared once per connection (parsed and planned once), unless
// DATABASE_PREPARED_STATEMENTS=false asks for unnamed statements (a pooler that cannot keep prepared ones).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/client.ts';
import { copyTemplate, type TestDatabase } from './kit/database.ts';

describe.runIf(process.env.DATABASE_URL)('prepared statements (PostgreSQL server)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await copyTemplate();
  });
  afterAll(() => database?.drop());

  /** What the one connection of a client has prepared after reading the same professional three times. */
  async function preparedBy(preparedStatements: boolean): Promise<string[]> {
    const db: Database = await openDatabase({ url: database.url!, poolSize: 1, preparedStatements });
    try {
      for (let i = 0; i < 3; i += 1)
        await db.prisma.professional.findFirst({ where: { rpps: { not: String(i) } }, select: { id: true } });
      const rows = await db.prisma.$queryRawUnsafe<{ statement: string }[]>(
        'SELECT statement FROM pg_prepared_statements WHERE from_sql = false',
      );
      return rows.map((row) => row.statement).filter((sql) => sql.includes('"Professional"'));
    } finally {
      await db.close();
    }
  }

  it('prepares a statement once and runs it again by name', async () => {
    expect(await preparedBy(true)).toHaveLength(1);
  });

  it('prepares nothing when told not to', async () => {
    expect(await preparedBy(false)).toEqual([]);
  });
});
