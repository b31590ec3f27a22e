// Starts a server under test in its own process and reads its CPU, heap and SQL counts.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, ChildRequest, ChildStats, ServerKind } from './child.ts';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

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
  const execArgv = [
    '--expose-gc',
    // Ours as `npm start` runs it (package.json): a larger young generation, collected less often.
    ...(kind === 'ours' ? ['--max-semi-space-size=32'] : []),
    ...(kind === 'postgraphile' ? ['--import', POLYFILL] : []),
    '--import',
    'tsx',
  ];
  const child: ChildProcess = fork(CHILD, [kind], {
    execArgv,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    // The servers' request logs are written and discarded; errors stay visible.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  let nextId = 0;
  const pending = new Map<number, (value: unknown) => void>();
  const ask = <T>(request: WithoutId<ChildRequest>) =>
    new Promise<T>((resolve) => {
      const id = nextId++;
      pending.set(id, (value) => {
        pending.delete(id);
        resolve(value as T);
      });
      child.send({ ...request, id });
    });
  const ready = new Promise<{ url: string; startupMs: number }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The ${kind} server exited with code ${code} before it was ready`)));
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') resolve(message);
      else pending.get(message.id)?.(message.value);
    });
  });
  const { url, startupMs } = await ready;
  return {
    kind,
    url,
    startupMs,
    pid: child.pid!,
    stats: () => ask<ChildStats>({ type: 'stats' }),
    async profile(file, during) {
      await ask({ type: 'profile-start' });
      const result = await during();
      await ask({ type: 'profile-stop', file });
      return result;
    },
    heapSnapshot: (file) => ask({ type: 'heap-snapshot', file }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
