// A private PostgreSQL cluster on a free port, for tests that stop, freeze or restart the database without
// disturbing anything else. Needs PostgreSQL's server binaries (initdb, postgres), as Debian's package installs them.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, type PrivateServer } from './process.ts';

const BIN_DIRS = [
  process.env.PG_BIN_DIR,
  '/usr/lib/postgresql/17/bin',
  '/usr/lib/postgresql/16/bin',
  '/usr/lib/postgresql/15/bin',
  '/usr/local/bin',
];

/**
 * Where initdb and postgres are, or undefined when this machine has none, or no Linux /proc to find the backends a
 * freeze must stop (the tests that need them say they skipped).
 */
export function postgresBinaries(): string | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  return BIN_DIRS.find((dir) => dir && existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'postgres')));
}

export type PostgresServer = PrivateServer;

/** PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user. */
function runAs(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = postgresBinaries();
  if (!bin) throw new Error('No PostgreSQL server binaries (initdb, postgres) on this machine: set PG_BIN_DIR');
  const owner = runAs();
  const dir = mkdtempSync('/tmp/teleexpertise-pg-');
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = path.join(dir, 'data');
  const init = spawnSync(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8'], {
    ...owner,
    encoding: 'utf8',
  });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  let child: ChildProcess | undefined;
  const server: PostgresServer = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    async start() {
      if (child) await server.stop();
      child = spawn(
        path.join(bin, 'postgres'),
        ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
        { ...owner, stdio: 'ignore' },
      );
      await untilAccepting(server.url, child);
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      signalGroup(running, 'SIGCONT');
      running.kill('SIGINT');
      await new Promise((resolve) => running.once('exit', resolve));
    },
    freeze: () => signalGroup(child, 'SIGSTOP'),
    thaw: () => signalGroup(child, 'SIGCONT'),
    async destroy() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

/** Signals the postmaster and every backend it forked (each in a session of its own, so not one process group). */
function signalGroup(child: ChildProcess | undefined, signal: NodeJS.Signals): void {
  if (!child?.pid || child.exitCode !== null) return;
  for (const pid of [child.pid, ...childrenOf(child.pid)]) {
    try {
      process.kill(pid, signal);
    } catch {
      // Gone meanwhile (a backend whose connection just closed).
    }
  }
}

/** The processes whose parent is `pid`, from Linux's /proc (the 4th field of /proc/<pid>/stat). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function untilAccepting(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`postgres exited with ${child.exitCode}`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error(`postgres did not accept connections at ${url}`);
}
