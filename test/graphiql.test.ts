// GraphiQL's first screen: ready with demonstration tokens and examples under the development secret, tokenless otherwise, and offline in a real browser.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { buildSchema, parse, validate } from 'graphql';
import { decodeJwt } from 'jose';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_EXPERT_RPPS, DEMO_REQUESTER_RPPS, demoConversation } from '../prisma/seed-data.ts';
import { createTokenVerifier } from '../src/auth/tokens.ts';
import { loadConfig } from '../src/config.ts';
import { graphiqlOptions } from '../src/http/graphiql.ts';
import { InboxDocument, PostMessageDocument } from './generated/graphql.ts';
import { graphql } from './kit/graphql.ts';
import { freePort, startServerProcess, type ServerProcess } from './kit/process.ts';

const schema = buildSchema(readFileSync(path.resolve(import.meta.dirname, '../schema/schema.graphql'), 'utf8'));
const bearer = (headers: string | null | undefined) =>
  (JSON.parse(headers ?? '{}') as { Authorization?: string }).Authorization?.replace(/^Bearer /, '');

describe("GraphiQL's options", () => {
  afterEach(() => vi.useRealTimers());

  it('open, with the development secret, a tab as the demonstration requester and one as the expert, each with valid operations and its own token', async () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    const options = await graphiqlOptions(config)();
    expect(options.shouldPersistHeaders).toBe(true);
    expect(options.subscriptionsProtocol).toBe('SSE');
    const tabs = options.defaultTabs ?? [];
    expect(tabs.map((tab) => /^(query|subscription) (\w+)/m.exec(tab.query ?? '')?.slice(1))).toEqual([
      ['query', 'RequesterInbox'],
      ['subscription', 'ExpertInbox'],
    ]);
    for (const tab of tabs) expect(validate(schema, parse(tab.query!))).toEqual([]);
    const verify = createTokenVerifier(config.jwt);
    const viewers = await Promise.all(tabs.map(async (tab) => (await verify(bearer(tab.headers)!)).nationalId));
    expect(viewers).toEqual([DEMO_REQUESTER_RPPS, DEMO_EXPERT_RPPS]);
    // A tab opened later is the requester's.
    expect((await verify(bearer(options.defaultHeaders)!)).nationalId).toBe(DEMO_REQUESTER_RPPS);
  });

  it('sign fresh tokens for every page', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const options = graphiqlOptions(loadConfig({ NODE_ENV: 'development' }));
    vi.setSystemTime(new Date('2026-12-01T08:00:00Z'));
    const first = decodeJwt(bearer((await options()).defaultHeaders)!);
    vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
    const second = decodeJwt(bearer((await options()).defaultHeaders)!);
    expect(second.iat! - first.iat!).toBe(3600);
  });

  it('hold no token without the development secret, and keep no pasted header in the browser', async () => {
    const provider = {
      JWT_JWKS_URL: 'https://psc.example/jwks',
      JWT_ISSUER: 'https://psc.example',
      JWT_AUDIENCE: 'teleexpertise',
    };
    for (const env of [
      { JWT_SECRET: 'a-secret-of-our-own-at-least-32-chars' },
      provider,
      { NODE_ENV: 'production', ...provider, FILE_URL_SECRET: 'f'.repeat(32) },
    ]) {
      const options = await graphiqlOptions(loadConfig(env))();
      expect(JSON.stringify(options)).not.toMatch(/eyJ/);
      expect(options.shouldPersistHeaders).toBe(false);
      expect(options.defaultTabs).toBeUndefined();
      expect(bearer(options.defaultHeaders)).toBe('<paste your token here>');
      expect(validate(schema, parse(options.defaultQuery!))).toEqual([]);
    }
  });
});

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const browserRequired = process.env.REQUIRE_BROWSER === '1';
if (!hasChromium && !browserRequired) {
  console.warn(
    `GraphiQL's browser test SKIPPED: no Chromium at ${CHROMIUM} (Debian: apt-get install chromium; elsewhere set CHROMIUM_PATH). REQUIRE_BROWSER=1 makes this a failure.`,
  );
}

describe.skipIf(!hasChromium && !browserRequired)(
  'GraphiQL in Chromium, served by npm start on a fresh directory, offline',
  () => {
    let dataDir: string;
    let server: ServerProcess | undefined;
    let browser: Browser | undefined;
    let baseUrl: string;
    /** Requests for another host than the API's: blocked, and listed here. */
    const elsewhere: string[] = [];
    /** Whatever failed to load or broke in the page. */
    const failures: string[] = [];

    beforeAll(async () => {
      if (!hasChromium)
        throw new Error(
          `REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`,
        );
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'teleexpertise-graphiql-'));
      const port = await freePort();
      baseUrl = `http://127.0.0.1:${port}`;
      const env = {
        DATA_DIR: dataDir,
        NODE_ENV: 'development',
        DATABASE_URL: '',
        JWT_SECRET: '',
        JWT_JWKS_URL: '',
        SEED_DEMO: '',
        LOG_LEVEL: 'warn',
      };
      server = await startServerProcess(
        port,
        { ...env, REDIS_PREFIX: `test-${randomBytes(6).toString('hex')}:` },
        { npmStart: true, readyTimeoutMs: 90_000 },
      );
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      await server?.kill('SIGTERM');
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    async function openGraphiQL(): Promise<Page> {
      const context = await browser!.newContext({ viewport: { width: 1600, height: 1400 } });
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin === baseUrl || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
        elsewhere.push(url.href);
        return route.abort('blockedbyclient');
      });
      context.on('requestfailed', (request) =>
        failures.push(`${request.url().slice(0, 100)}: ${request.failure()?.errorText}`),
      );
      context.on('response', (response) => {
        if (response.status() >= 400) failures.push(`${response.url().slice(0, 100)}: ${response.status()}`);
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
      await page.goto(`${baseUrl}/graphql`);
      // The page and what it loads at once are in by now.
      expect(elsewhere).toEqual([]);
      return page;
    }

    it('runs the example query as the requester, shows the schema in the docs, and shows a subscription event as the expert', async () => {
      const page = await openGraphiQL();
      const result = page.locator('.result-window');

      await page.getByRole('tab', { name: 'RequesterInbox' }).waitFor();
      await page.locator('.graphiql-execute-button').click();
      await result.getByText('"firstName": "Claire"').waitFor();
      await result.getByText(demoConversation.question.slice(0, 24)).waitFor();

      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      const docs = page.locator('.graphiql-doc-explorer');
      await docs.getByText('Root Types').waitFor();
      await docs.getByText('TeleexpertiseRequest', { exact: true }).waitFor();
      expect(await docs.getByText('Error fetching schema').count()).toBe(0);

      await page.getByRole('tab', { name: 'ExpertInbox' }).click();
      // graphiql 5 (in @graphql-yoga/render-graphiql 5.24.1) learns a tab's operation 100 ms after its text changes, then yoga's
      // onEditQuery writes it in the address; a run before that would run the other tab's operation. See
      // https://github.com/graphql/graphiql/blob/277cddad169962a580b0aa71e08f5ea3a29ffd01/packages/graphiql-react/src/components/operation-editor.tsx#L234
      await page.waitForFunction(() =>
        new URL(location.href).searchParams.get('query')?.includes('subscription ExpertInbox'),
      );
      // The stream's first bytes come once the server listens: a message posted after them is an event for it.
      const stream = page.waitForResponse(
        (response) => response.request().headers()['accept']?.includes('text/event-stream') ?? false,
      );
      await page.locator('.graphiql-execute-button').click();
      expect((await stream).status()).toBe(200);
      const body = `Photo jointe (${randomBytes(4).toString('hex')})`;
      await postAsRequester(body);
      await result.getByText(body).waitFor();
      await result.getByText('"kind": "NEW_MESSAGE"').waitFor();

      expect(elsewhere).toEqual([]);
      expect(failures).toEqual([]);
    }, 120_000);

    async function postAsRequester(body: string): Promise<void> {
      const inbox = await asRequester(InboxDocument, { first: 20 });
      const request = inbox.requests.edges.find((edge) => edge.node.question === demoConversation.question)!;
      const posted = await asRequester(PostMessageDocument, { input: { requestId: request.node.id, body } });
      expect(posted.postMessage.body).toBe(body);
    }

    async function asRequester<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
      return (await graphql(`${baseUrl}/graphql`, document, variables, { rpps: DEMO_REQUESTER_RPPS })).expectData();
    }
  },
);
