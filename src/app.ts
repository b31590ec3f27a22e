// The composition root: one HTTP server for GraphQL over HTTP and SSE (src/http), WebSocket
// subscriptions (src/ws) and health routes, on the services they share.
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createAuthenticator } from './auth/authenticate.ts';
import { createFileUrlSigner, fileUrlKey } from './auth/file-urls.ts';
import { createTokenVerifier } from './auth/tokens.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import type { ChangeEvent, Services } from './domain/changes.ts';
import { sweepDeadlines } from './domain/deadlines.ts';
import { pruneInbox } from './domain/inbox-log.ts';
import { pruneNotifications } from './domain/notifications.ts';
import { reportDocument } from './domain/report-pdf.ts';
import { createContexts } from './graphql/context.ts';
import { createPipeline } from './http/pipeline.ts';
import { createHttpServer } from './http/server.ts';
import { createLiveEvents, type LiveEvents } from './live/events.ts';
import { sweepLive } from './live/sweep.ts';
import { serializeError } from './logger.ts';
import { startMailWorker } from './mail/worker.ts';
import { createRateLimit } from './rate-limit.ts';
import { SynthesisRenderer } from './synthesis/index.ts';
import { repeat } from './timers.ts';
import { attachSocketServer } from './ws/server.ts';

export interface AppOptions {
  config: Config;
  db: Database;
  logger: Logger;
}

export interface App {
  server: http.Server;
  /** Committed changes, by request and by professional, for subscriptions (through Redis when configured). */
  live: LiveEvents;
  /** Renders syntheses in worker threads; closed by stop(). */
  synthesisRenderer: SynthesisRenderer;
  /** Announces the deadlines now near or passed, once each across every instance (also done on a timer). */
  sweepDeadlines(now?: Date): Promise<ChangeEvent[]>;
  /** Catches up the subscriptions whose announcements were lost (also done on a timer with Redis); returns how many channels were behind. */
  sweepLive(): Promise<number>;
  /**
   * Deletes inbox events older than the retention period as of `now`, and the notifications and their mails
   * settled before then (also done on a timer); returns how many inbox events.
   */
  pruneInbox(now?: Date): Promise<number>;
  /**
   * Queues the notification mails due at `now`: new inbox events drawn, triage reminders, what is due decided,
   * digests written (also done every MAIL_POLL_SECONDS); returns how many mails were queued.
   */
  notify(now?: Date): Promise<number>;
  /** Sends the mail due now, when SMTP_URL is set (also done every MAIL_POLL_SECONDS); returns how many were sent. */
  drainMail(): Promise<number>;
  /** Listens on the configured port (0 picks a free one) and resolves with the base URL. */
  start(port?: number): Promise<string>;
  /**
   * Stops taking connections and sockets, closes open sockets (1012: reconnect) and event
   * streams so that clients resume elsewhere, lets other requests finish, and waits for them.
   */
  stop(): Promise<void>;
}

export function buildApp({ config, db, logger: given }: AppOptions): App {
  // Errors are logged in one shape whatever logger the caller gave (no message that may quote input).
  const logger = given.child({}, { serializers: { err: serializeError } });
  const redis = { redisUrl: config.redisUrl, prefix: config.redisPrefix };
  const live = createLiveEvents({
    ...redis,
    pollSeconds: config.livePollSeconds,
    logger: logger.child({ component: 'live' }),
  });
  const rateLimit = createRateLimit({
    ...redis,
    points: config.rateLimitPerMinute,
    windowSeconds: 60,
    logger: logger.child({ component: 'rate-limit' }),
  });
  const authenticate = createAuthenticator(db, createTokenVerifier(config.jwt), {
    secureEmailClaim: config.jwt.mssanteClaim,
    // The claim's name only: its value is personal data, and the token stays out of logs.
    onIgnoredClaim: (claim) => logger.warn({ claim }, 'token claim ignored: it holds no valid address'),
  });
  const services: Services = { prisma: db.prisma, publish: (events, inbox) => live.publish(events, inbox) };
  const synthesisRenderer = new SynthesisRenderer();
  const fileUrls = createFileUrlSigner(fileUrlKey(config.files.urlSecret), config.files.urlTtlSeconds);
  const contexts = createContexts({
    db,
    services,
    synthesisRenderer,
    live,
    fileUrls,
    maxUploadBytes: config.maxUploadBytes,
    publicUrl: config.files.publicUrl,
    clockToleranceSeconds: config.jwt.clockToleranceSeconds,
  });
  const limits = { maxBodyBytes: config.maxBodyBytes, maxUploadBytes: config.maxUploadBytes };
  const http = createHttpServer({
    config,
    db,
    logger,
    contexts,
    fileUrls,
    synthesisRenderer,
    pipeline: createPipeline({ authenticate, rateLimit, limits, logger }),
    checks: { database: () => db.ping(), ...(live.ping && { redis: live.ping }) },
  });
  const sockets = attachSocketServer(http.server, {
    yoga: http.yoga,
    authenticate,
    rateLimit,
    contexts,
    logger,
    maxPayloadBytes: config.maxBodyBytes,
    heartbeatSeconds: config.wsHeartbeatSeconds,
    limits: config.wsLimits,
    port: config.port,
  });
  const deadlines = startDeadlineChecks(services, config.deadlineCheckSeconds, logger);
  const pruning = startInboxPruning(db, config.inboxRetentionDays, logger);
  const liveSweep = startLiveSweep(live, db, config.liveSweepSeconds, logger);
  const mail = startMailWorker({
    services,
    config,
    pdf: async (reportId) => synthesisRenderer.renderReport(await reportDocument(db.prisma, reportId)),
    logger: logger.child({ component: 'mail' }),
  });

  return {
    server: http.server,
    live,
    synthesisRenderer,
    sweepDeadlines: deadlines.sweep,
    pruneInbox: pruning.prune,
    sweepLive: () => sweepLive(live, db.prisma),
    notify: (now) => mail.notify(now),
    drainMail: () => mail.drain(),
    async start(port = config.port) {
      await Promise.all([rateLimit.ready(), mail.announce()]);
      return listen(http.server, port, config.host);
    },
    async stop() {
      // A deadline notice claimed in the database is announced before events stop.
      const sweepDone = Promise.all([deadlines.stop(), pruning.stop(), liveSweep.stop(), mail.stop()]);
      const closed = http.stop();
      await sockets.stop();
      await sweepDone;
      await closed;
      await Promise.all([live.close(), rateLimit.close(), synthesisRenderer.close()]);
    },
  };
}

/** Announces near and passed deadlines on a timer (every instance sweeps; each notice is claimed once), backing off while it fails. */
function startDeadlineChecks(services: Services, periodSeconds: number, logger: Logger) {
  const sweep = (now?: Date) => sweepDeadlines(services, now);
  const checks =
    periodSeconds > 0
      ? repeat(() => sweep(), {
          periodMs: periodSeconds * 1000,
          maxBackoffMs: Math.max(periodSeconds * 1000, MAX_BACKOFF_MS),
          onError: (error) => logger.error({ err: error }, 'deadline check failed'),
        })
      : undefined;
  return { sweep, stop: () => checks?.stop() };
}

/** The longest a failing periodic task (deadline check, pruning, live sweep) waits before it tries again. */
const MAX_BACKOFF_MS = 10 * 60_000;

/** How often each instance prunes the inbox log (idempotent: instances may prune at the same time). */
const INBOX_PRUNE_MS = 60 * 60 * 1000;

function startInboxPruning(db: Database, retentionDays: number, logger: Logger) {
  const prune = async (now = new Date()) => {
    const before = new Date(now.getTime() - retentionDays * 86_400_000);
    const pruned = await pruneInbox(db.prisma, before);
    await pruneNotifications(db.prisma, before);
    return pruned;
  };
  const pruning = repeat(() => prune(), {
    periodMs: INBOX_PRUNE_MS,
    maxBackoffMs: INBOX_PRUNE_MS,
    onError: (error) => logger.error({ err: error }, 'inbox pruning failed'),
  });
  return { prune, stop: () => pruning.stop() };
}

/** With Redis, looks for lost announcements on a timer (one instance's process may die between commit and publish). */
function startLiveSweep(live: LiveEvents, db: Database, periodSeconds: number, logger: Logger) {
  if (!live.shared || periodSeconds <= 0) return { stop: async () => undefined };
  const sweeping = repeat(() => sweepLive(live, db.prisma), {
    periodMs: periodSeconds * 1000,
    maxBackoffMs: Math.max(periodSeconds * 1000, MAX_BACKOFF_MS),
    onError: (error) => logger.warn({ err: error }, 'live sweep failed'),
  });
  return { stop: () => sweeping.stop() };
}

function listen(server: http.Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      resolve(`http://${shown}:${address.port}`);
    });
  });
}
