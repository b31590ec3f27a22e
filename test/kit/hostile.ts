// Tools for hostile-input tests: raw sockets, raw bodies, and "nothing was written" (raw HTTP is in ./graphql.ts).
import net from 'node:net';
import { expect } from 'vitest';
import WebSocket from 'ws';
import type { Database } from '../../src/db/client.ts';

/** Row count and a checksum of the content of every table of the database's schema (the audit table included). */
export async function snapshotTables(db: Database): Promise<Record<string, { rows: number; checksum: string }>> {
  const tables = await db.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`,
  );
  if (tables.length < 10)
    throw new Error(`expected the application's tables, found ${tables.map((t) => t.name).join(', ')}`);
  const snapshot: Record<string, { rows: number; checksum: string }> = {};
  for (const { name } of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const [row] = await db.prisma.$queryRawUnsafe<{ rows: number; checksum: string | null }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS checksum FROM ${quoted} t`,
    );
    snapshot[name] = { rows: Number(row!.rows), checksum: row!.checksum ?? '' };
  }
  return snapshot;
}

/**
 * Runs `action` and checks that no table changed: the same rows (count) and the same content
 * (checksum, so that an UPDATE is caught too) in every table, audit events included.
 */
export async function expectNothingWritten<T>(db: Database, action: () => Promise<T>): Promise<T> {
  const before = await snapshotTables(db);
  const result = await action();
  const after = await snapshotTables(db);
  const changed = Object.keys({ ...before, ...after }).filter(
    (table) => JSON.stringify(before[table]) !== JSON.stringify(after[table]),
  );
  expect(
    changed,
    `tables written: ${changed.map((t) => `${t} ${before[t]?.rows}→${after[t]?.rows}`).join(', ')}`,
  ).toEqual([]);
  return result;
}

export interface SocketOutcome {
  /** The close code, or undefined when the socket was still open when `settleMs` passed. */
  code: number | undefined;
  reason: string;
  /** Every message the server sent, parsed. */
  messages: { type: string; id?: string; payload?: unknown }[];
}

/**
 * A raw graphql-transport-ws socket: sends connection_init with `authorization` (when given) and,
 * once acknowledged, the operation (id "1"); closes the socket itself (1000) once that operation
 * completes or fails. Resolves when the socket closes, or after `settleMs` (then closes it,
 * reporting code undefined).
 */
export function wsAttempt(
  graphqlUrl: string,
  authorization: string | undefined,
  options: { query?: string; variables?: Record<string, unknown>; settleMs?: number } = {},
): Promise<SocketOutcome> {
  const socket = new WebSocket(graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const messages: SocketOutcome['messages'] = [];
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (outcome: SocketOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      finish({ code: undefined, reason: '', messages });
      socket.close(1000);
    }, options.settleMs ?? 5000);
    socket.on('open', () => {
      socket.send(
        JSON.stringify({ type: 'connection_init', payload: authorization === undefined ? {} : { authorization } }),
      );
    });
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as SocketOutcome['messages'][number];
      messages.push(message);
      if (message.type === 'connection_ack' && options.query) {
        socket.send(
          JSON.stringify({
            id: '1',
            type: 'subscribe',
            payload: { query: options.query, ...(options.variables && { variables: options.variables }) },
          }),
        );
      }
      if ((message.type === 'complete' || message.type === 'error') && message.id === '1') {
        socket.close(1000);
      }
    });
    socket.on('close', (code, reason) => finish({ code, reason: reason.toString(), messages }));
    socket.on('error', (error) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        reject(error);
      }
    });
  });
}

export interface WireOutcome {
  /** The status line's code, when the server answered. */
  status: number | undefined;
  /** Everything the server sent (headers and body). */
  received: string;
  /** How the exchange ended: the server closed the connection, answered (and kept it open), or neither within the time. */
  ended: 'closed' | 'answered' | 'timeout';
  elapsedMs: number;
}

/**
 * Sends bytes as they are over a TCP connection (headers that lie included) and waits until the
 * server answers or closes, or `waitMs` passes. `halfClose` ends the client's side after sending.
 */
export function sendOnWire(
  url: string,
  bytes: Buffer,
  options: { waitMs: number; halfClose?: boolean },
): Promise<WireOutcome> {
  const { hostname, port } = new URL(url);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port), allowHalfOpen: true });
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (ended: WireOutcome['ended']) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const received = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1];
      socket.destroy();
      resolve({ status: status ? Number(status) : undefined, received, ended, elapsedMs: performance.now() - started });
    };
    const timer = setTimeout(() => finish('timeout'), options.waitMs);
    socket.on('connect', () => {
      socket.write(bytes);
      if (options.halfClose) socket.end();
    });
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('latin1');
      // A whole response: headers, and a body as long as it says (or a chunked body's end).
      const head = text.indexOf('\r\n\r\n');
      if (head < 0) return;
      const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, head))?.[1];
      if (length !== undefined && Buffer.byteLength(text.slice(head + 4), 'latin1') >= Number(length))
        finish('answered');
      else if (/\r\ntransfer-encoding: *chunked/i.test(text.slice(0, head)) && text.endsWith('0\r\n\r\n'))
        finish('answered');
    });
    socket.on('end', () => finish('closed'));
    socket.on('close', () => finish('closed'));
    socket.on('error', () => finish('closed'));
  });
}

/** The body of an HTTP response read off the wire (de-chunked when chunked). */
export function wireBody(received: string): string {
  const head = received.indexOf('\r\n\r\n');
  if (head < 0) return '';
  const body = received.slice(head + 4);
  if (!/\r\ntransfer-encoding: *chunked/i.test(received.slice(0, head))) return body;
  let out = '';
  let rest = body;
  for (;;) {
    const line = rest.indexOf('\r\n');
    if (line < 0) break;
    const size = parseInt(rest.slice(0, line), 16);
    if (!size) break;
    out += rest.slice(line + 2, line + 2 + size);
    rest = rest.slice(line + 2 + size + 2);
  }
  return out;
}

/** A multipart/form-data body built by hand, so that its parts (and the headers around it) can lie. */
export function multipartBody(
  boundary: string,
  parts: { name: string; value: string | Buffer; fileName?: string; type?: string }[],
): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.fileName === undefined ? '' : `; filename="${part.fileName}"`}`;
    const type = part.type ? `\r\nContent-Type: ${part.type}` : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`));
    chunks.push(typeof part.value === 'string' ? Buffer.from(part.value) : part.value);
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}
