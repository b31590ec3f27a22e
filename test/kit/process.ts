// The real server as a child process (`npm start`'s command), for tests that kill and restart it.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

import packageJson from '../../package.json' with { type: 'json' };

const root = path.resolve(import.meta.dirname, '../..');

/** The arguments of `npm start`'s command (`node <script>`), to run with this Node without npm in between. */
export function npmStartArguments(): string[] {
  const [program, ...args] = packageJson.scripts.start.split(' ');
  if (program !== 'node') throw new Error(`npm start no longer runs node: ${packageJson.scripts.start}`);
  return args;
}

/** A port free right now on 127.0.0.1 (the OS picks it; it is released before returning). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A service of its own for one test file (PostgreSQL, Redis) on a free port, to stop, freeze and start again. */
export interface PrivateServer {
  url: string;
  port: number;
  /** Stops it and waits for it to be gone: clients see their connections close. */
  stop(): Promise<void>;
  /** Starts it again on the same port (stopping it first if it runs). */
  start(): Promise<void>;
  /** SIGSTOP: connections stay open and nothing answers. */
  freeze(): void;
  /** SIGCONT: it answers what waited. */
  thaw(): void;
  /** Ends it for good (also when frozen) and removes what it wrote. */
  destroy(): Promise<void>;
}

export interface ServerProcess {
  child: ChildProcess;
  /** Resolves with the exit code (null when ended by a signal) once the process has exited. */
  exited: Promise<number | null>;
  /** What the process wrote on stdout and stderr so far (the last 20,000 characters). */
  output(): string;
  /** Sends `signal` (SIGKILL unless told) and waits for the process to be gone. */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Runs the server with `env` until it exits by itself (or `timeoutMs` passes: then it is killed), with all it wrote. */
export async function runServerUntilExit(
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  return { code, output };
}

/**
 * Starts `node --import tsx src/server.ts` (or `npm start`'s command) from the repository root with
 * `env` over the test's own environment, and resolves once `GET /readyz` answers 200 on 127.0.0.1:`port`.
 */
export async function startServerProcess(
  port: number,
  env: Record<string, string>,
  options: { readyTimeoutMs?: number; npmStart?: boolean } = {},
): Promise<ServerProcess> {
  const args = options.npmStart ? npmStartArguments() : ['--import', 'tsx', 'src/server.ts'];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const handle: ServerProcess = {
    child,
    exited,
    output: () => output,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  try {
    await waitReady(`http://127.0.0.1:${port}/readyz`, exited, options.readyTimeoutMs ?? 30_000);
  } catch (error) {
    await handle.kill();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output}`);
  }
  return handle;
}

async function waitReady(url: string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  let gone: number | null | undefined;
  void exited.then((code) => {
    gone = code;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone !== undefined) throw new Error(`the server exited (${gone}) before it was ready`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the server was not ready within ${timeoutMs} ms`);
}
