// Starts a server under test in its own process and reads its CPU, heap and SQL counts.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, ChildStats, ServerKind } from './child.ts';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
const POLYFILL = fileURLToPath(new URL('./peer/polyfill.mjs', import.meta.url));

export interface RunningServer {
  kind: ServerKind;
  url: string;
  startupMs: number;
  pid: number;
  stats(): Promise<ChildStats>;
  /** Profiles the CPU while `during` runs, into a .cpuprofile file (open it in Chrome's DevTools). */
  profile<T>(file: string, during: () => Promise<T>): Promise<T>;
  /** Writes a heap snapshot (after a full collection) to `file`. */
  heapSnapshot(file: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startServer(kind: ServerKind, env: Record<string, string>): Promise<RunningServer> {
  const execArgv = ['--expose-gc', ...(kind === 'postgraphile' ? ['--import', POLYFILL] : []), '--import', 'tsx'];
  const child: ChildProcess = fork(CHILD, [kind], {
    execArgv,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    // The servers' request logs are written and discarded; errors stay visible.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  let nextId = 0;
  const pending = new Map<number, (stats: ChildStats) => void>();
  const profiled = new Map<number, () => void>();
  const ready = new Promise<{ url: string; startupMs: number }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The ${kind} server exited with code ${code} before it was ready`)));
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') resolve(message);
      else if (message.type === 'stats') pending.get(message.id)?.(message.stats);
      else if (message.type === 'profiled') profiled.get(message.id)?.();
    });
  });
  const { url, startupMs } = await ready;
  return {
    kind,
    url,
    startupMs,
    pid: child.pid!,
    stats: () =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, (stats) => {
          pending.delete(id);
          resolve(stats);
        });
        child.send({ type: 'stats', id });
      }),
    async profile(file, during) {
      child.send({ type: 'profile-start' });
      const result = await during();
      const id = nextId++;
      await new Promise<void>((resolve) => {
        profiled.set(id, resolve);
        child.send({ type: 'profile-stop', id, file });
      });
      profiled.delete(id);
      return result;
    },
    async heapSnapshot(file) {
      const id = nextId++;
      await new Promise<void>((resolve) => {
        profiled.set(id, resolve);
        child.send({ type: 'heap-snapshot', id, file });
      });
      profiled.delete(id);
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
