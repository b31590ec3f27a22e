// `npm start` on embedded data that already exists: time from launching the process to its first answered query.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { signDevelopmentToken } from '../src/auth/tokens.ts';
import { loadConfig } from '../src/config.ts';
import { DEMO_REQUESTER_RPPS } from '../prisma/seed-data.ts';
import { freePort } from '../test/kit/process.ts';
import { spread, type Spread } from './rounds.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs `npm start` itself (npm's own start included), polls until a query is answered, and stops it; returns the milliseconds to that answer. */
async function firstAnswer(dataDir: string, authorization: string): Promise<number> {
  const port = await freePort();
  const startedAt = performance.now();
  // In a process group of its own, so that stopping it stops npm, its shell and the server together.
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      DATABASE_URL: '',
      REDIS_URL: '',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with code ${child.exitCode}`);
      const answered = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ requests(first: 5) { edges { node { id status } } } }' }),
      })
        .then(async (response) => response.ok && !(await response.text()).includes('"errors"'))
        .catch(() => false);
      if (answered) return performance.now() - startedAt;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
    // npm may exit before the server has released the data directory: wait for the whole group.
    while (groupAlive(child.pid!)) await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function groupAlive(groupId: number): boolean {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch {
    return false;
  }
}

export async function startup(rounds: number): Promise<{ firstStartMs: number; restartMs: Spread }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-start-'));
  try {
    const { jwt } = loadConfig({ NODE_ENV: 'development' });
    const authorization = `Bearer ${await signDevelopmentToken(jwt, { nationalId: DEMO_REQUESTER_RPPS })}`;
    // The first start creates, migrates and seeds the embedded database; the next ones find it there.
    const firstStartMs = await firstAnswer(dataDir, authorization);
    const restarts: number[] = [];
    for (let i = 0; i < rounds; i += 1) restarts.push(await firstAnswer(dataDir, authorization));
    const restartMs = spread(restarts);
    console.log(
      `  first start (new database, seeded) ${Math.round(firstStartMs)} ms; restart on existing data: first answer in ${Math.round(restartMs.median)} ms (${Math.round(restartMs.min)}–${Math.round(restartMs.max)}) (target ≤ 2,000)`,
    );
    return { firstStartMs, restartMs };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
