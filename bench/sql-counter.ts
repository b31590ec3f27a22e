// Counts the statements a server process sends to PostgreSQL and the rows they return, through the `pg` driver both servers use.
import pg from 'pg';

const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|START TRANSACTION)\b/i;

export interface SqlCounts {
  /** Statements other than transaction control. */
  statements: number;
  /** BEGIN, COMMIT and the like. */
  transactionControl: number;
  /** Rows the statements returned to the server. */
  rows: number;
}

const counts: SqlCounts = { statements: 0, transactionControl: 0, rows: 0 };

export function sqlCounts(): SqlCounts {
  return { ...counts };
}

type Query = (...args: unknown[]) => unknown;
const prototype = pg.Client.prototype as unknown as { query: Query };
const original = prototype.query;
prototype.query = function counted(this: unknown, ...args: unknown[]) {
  const first = args[0];
  const text = typeof first === 'string' ? first : ((first as { text?: string } | undefined)?.text ?? '');
  if (process.env['BENCH_SQL_TRACE']) process.stderr.write(`SQL ${text.slice(0, Number(process.env['BENCH_SQL_TRACE']) > 1 ? 100000 : 200)}\n`);
  if (TRANSACTION_CONTROL.test(text)) counts.transactionControl += 1;
  else counts.statements += 1;
  const tally = (value: unknown) => {
    for (const one of Array.isArray(value) ? value : [value]) {
      const rows = (one as { rows?: unknown[] } | undefined)?.rows;
      if (Array.isArray(rows)) counts.rows += rows.length;
    }
    return value;
  };
  const callback = args.at(-1);
  if (typeof callback === 'function') {
    args[args.length - 1] = (error: unknown, value: unknown) => (callback as (e: unknown, v: unknown) => void)(error, error ? value : tally(value));
  }
  const result = original.apply(this, args);
  if (result && typeof (result as Promise<unknown>).then === 'function') return (result as Promise<unknown>).then(tally);
  return result;
};
