// Starting without the database: a bounded, logged wait, then one fatal line that names the server and what to check.
import { describe, expect, it } from 'vitest';
import { freePort, runServerUntilExit } from './kit/process.ts';

describe('starting while the PostgreSQL server is absent', () => {
  it('retries for DATABASE_START_WAIT_SECONDS, then exits 1 with one fatal line naming host, port and what to check', async () => {
    const port = await freePort();
    const { code, output } = await runServerUntilExit({
      DATABASE_URL: `postgresql://someone:secret-password@127.0.0.1:${port}/teleexpertise`,
      DATABASE_START_WAIT_SECONDS: '1',
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-this-test-only-0123456789',
    });
    expect(code).toBe(1);
    const lines = output.split('\n').filter(Boolean);
    const entries = lines.map((line) => JSON.parse(line) as { level: number; msg: string; err?: unknown });
    expect(entries.filter((entry) => entry.msg.includes('retrying')).length).toBeGreaterThanOrEqual(1);
    const fatal = entries.filter((entry) => entry.level === 60);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]!.msg).toBe(
      `cannot reach the database at 127.0.0.1:${port}/teleexpertise: check that PostgreSQL runs there and accepts TCP connections (host, port, firewall)`,
    );
    // Every line is a log entry (no stack printed by Node, no minified source), none long, none with the password.
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(3000);
    expect(output).not.toContain('secret-password');
  });
});
