// Counts the statements a process sends to PostgreSQL and the rows they return, through the `pg` driver that
// our server and PostGraphile both use: the one place the driver is watched (observeSql for finer records).
import pg from 'pg';
import { isTransactionControl } from '../src/db/statement-log.ts';

export interface SqlCounts {
  /** Statements other than transaction control. */
  statements: number;
  /** BEGIN, COMMIT and the like. */
  transactionControl: number;
  /** Rows the statements returned to the server. */
  rows: number;
}

/** One statement as it is sent: the client sending it, its text, and its results once PostgreSQL answers. */
export interface SentStatement {
  client: object;
  text: string;
  results: Promise<{ rows?: unknown[]; rowCount?: number | null }[]>;
}

const observers = new Set<(statement: SentStatement) => void>();

/** Calls `observer` with every statement sent from now on; returns what stops it. */
export function observeSql(observer: (statement: SentStatement) => void): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

const counts: SqlCounts = { statements: 0, transactionControl: 0, rows: 0 };

export function sqlCounts(): SqlCounts {
  return { ...counts };
}

/** BENCH_SQL_TRACE=1 prints the start of each statement on stderr, 2 the whole of it. */
const TRACE = Number(process.env['BENCH_SQL_TRACE'] ?? 0);

observeSql(({ text, results }) => {
  if (TRACE) process.stderr.write(`SQL ${TRACE > 1 ? text : text.slice(0, 200)}\n`);
  if (isTransactionControl(text)) counts.transactionControl += 1;
  else counts.statements += 1;
  void results.then((all) => {
    for (const result of all) counts.rows += result.rows?.length ?? 0;
  });
});

type Query = (this: object, ...args: unknown[]) => unknown;
const prototype = pg.Client.prototype as unknown as { query: Query };
const original = prototype.query;
prototype.query = function observed(this: object, ...args: unknown[]) {
  const first = args[0];
  const text = typeof first === 'string' ? first : ((first as { text?: string } | undefined)?.text ?? '');
  let settle: (value: unknown) => void = () => undefined;
  const results = new Promise<unknown>((resolve) => (settle = resolve)).then(
    (value) => (Array.isArray(value) ? value : [value]) as { rows?: unknown[] }[],
  );
  for (const observer of observers) observer({ client: this, text, results });
  // Callback style: the driver calls back with the result.
  const callback = args.at(-1);
  if (typeof callback === 'function') {
    args[args.length - 1] = (error: unknown, value: unknown) => {
      settle(error ? [] : value);
      (callback as (e: unknown, v: unknown) => void)(error, value);
    };
  }
  const result = original.apply(this, args);
  if (result && typeof (result as Promise<unknown>).then === 'function')
    (result as Promise<unknown>).then(settle, () => settle([]));
  return result;
};
