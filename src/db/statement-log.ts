// Records the SQL statements sent to the database, so tests can assert how many an operation runs.

// Prisma logs the commit of an interactive transaction as `-- Implicit "COMMIT" query via underlying driver`.
const TRANSACTION_CONTROL =
  /^\s*(?:(?:BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|START TRANSACTION)\b|-- Implicit "(?:BEGIN|COMMIT|ROLLBACK)")/i;

/** BEGIN, COMMIT and the like: what an operation's statement count leaves out. */
export function isTransactionControl(sql: string): boolean {
  return TRANSACTION_CONTROL.test(sql);
}

export class StatementLog {
  private recording: string[] | undefined;

  /** `enabled`: the client reports its statements here (openDatabase's logStatements). */
  constructor(private readonly enabled: boolean) {}

  record(sql: string): void {
    if (this.recording && !isTransactionControl(sql)) this.recording.push(sql);
  }

  /** Runs `operation` and returns the statements it sent (transaction control excluded). */
  async capture<T>(operation: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    if (!this.enabled)
      throw new Error('This database was opened without logStatements: its statements are not recorded');
    const statements: string[] = [];
    this.recording = statements;
    try {
      const result = await operation();
      return { result, statements };
    } finally {
      this.recording = undefined;
    }
  }
}
