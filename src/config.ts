// Environment → typed configuration, checked once at start (README.md#configuration).
import type { DatabaseWaits } from './db/client.ts';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_MAX_UPLOAD_BYTES } from './domain/files.ts';
import { DEFAULT_INBOX_RETENTION_DAYS } from './domain/inbox-log.ts';

/** Signs development tokens only; refused when NODE_ENV=production. */
export const DEVELOPMENT_JWT_SECRET = 'teleexpertise-development-secret-do-not-use-in-production';

/** Operations a professional may send per minute, over HTTP and WebSocket together. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
/** Largest JSON request body: a message or a report is far smaller. Multipart uploads have their own limits. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Largest multipart request by default: the files of one message together. */
export const DEFAULT_MAX_REQUEST_BYTES = 50 * 1024 * 1024;

/** The token claim holding the professional's MSSanté address, unless MSSANTE_CLAIM names another. */
export const DEFAULT_MSSANTE_CLAIM = 'mssante_email';

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyAsUndefined, z.url().optional());

const environment = z.object({
  NODE_ENV: z.preprocess(emptyAsUndefined, z.enum(['development', 'production', 'test']).default('development')),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(4000)),
  HOST: z.preprocess(emptyAsUndefined, z.string().optional()),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL')
      .optional(),
  ),
  DATABASE_ACQUIRE_TIMEOUT_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(100).max(600_000).default(5000),
  ),
  DATABASE_STATEMENT_TIMEOUT_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(100).max(3_600_000).default(10_000),
  ),
  DATABASE_TRANSACTION_TIMEOUT_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(100).max(3_600_000).default(15_000),
  ),
  DATABASE_PREPARED_STATEMENTS: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('true')),
  DATABASE_START_WAIT_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(600).default(30)),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./data')),
  REDIS_URL: optionalUrl,
  REDIS_PREFIX: z.preprocess(emptyAsUndefined, z.string().max(100).default('teleexpertise:')),
  WS_MAX_SOCKETS_PER_PROFESSIONAL: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(1).max(1_000_000).default(50),
  ),
  WS_MAX_SUBSCRIPTIONS_PER_PROFESSIONAL: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(1).max(1_000_000).default(500),
  ),
  WS_MAX_PENDING_SOCKETS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1_000_000).default(2000)),
  WS_HEARTBEAT_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(3600).default(30)),
  DEADLINE_CHECK_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(3600).default(60)),
  LIVE_POLL_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().min(0.1).max(60).default(2)),
  LIVE_SWEEP_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().min(0).max(3600).default(30)),
  INBOX_RETENTION_DAYS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().min(1).max(3650).default(DEFAULT_INBOX_RETENTION_DAYS),
  ),
  JWT_SECRET: optionalString,
  JWT_JWKS_URL: optionalUrl,
  JWT_ISSUER: optionalString,
  JWT_AUDIENCE: optionalString,
  JWT_ID_CLAIM: z.preprocess(emptyAsUndefined, z.string().default('sub')),
  MSSANTE_CLAIM: z.preprocess(emptyAsUndefined, z.string().max(100).default(DEFAULT_MSSANTE_CLAIM)),
  JWT_CLOCK_TOLERANCE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(300).default(30)),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  SEED_DEMO: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).optional()),
  MAX_UPLOAD_BYTES: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number()
      .int()
      .min(1024)
      .max(512 * 1024 * 1024)
      .default(DEFAULT_MAX_UPLOAD_BYTES),
  ),
  FILE_URL_SECRET: optionalString,
  FILE_URL_TTL: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(10).max(3600).default(300)),
  PUBLIC_URL: optionalUrl,
  RATE_LIMIT_PER_MINUTE: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(0).max(1_000_000).default(DEFAULT_RATE_LIMIT_PER_MINUTE),
  ),
  MAX_BODY_BYTES: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number()
      .int()
      .min(1024)
      .max(64 * 1024 * 1024)
      .default(DEFAULT_MAX_BODY_BYTES),
  ),
  MAX_REQUEST_BYTES: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number()
      .int()
      .min(1024)
      .max(4 * 1024 * 1024 * 1024)
      .optional(),
  ),
  REQUEST_TIMEOUT_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(3600).default(120)),
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(
        /^smtps?:\/\/[^/?#]/,
        'SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.org:587',
      )
      .optional(),
  ),
  SMTP_USER: optionalString,
  SMTP_PASSWORD: optionalString,
  SMTP_ALLOW_PLAINTEXT: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('false')),
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.email('MAIL_FROM must be an e-mail address').optional()),
  MAIL_POLL_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().min(0).max(3600).default(5)),
  MAIL_MAX_ATTEMPTS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(10)),
  MAIL_RETRY_BASE_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().min(0.01).max(86_400).default(60)),
  MAIL_SEND_TIMEOUT_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().min(0.1).max(600).default(60)),
  NOTIFY_GRACE_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().min(0).max(86_400).default(120)),
  // Below the 7 days of a request's deadline: a reminder is sent only while the deadline is open.
  TRIAGE_REMINDER_DAYS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().min(0.001).lt(7, 'TRIAGE_REMINDER_DAYS must be less than 7, the days of a deadline').default(5),
  ),
});

export interface Config {
  production: boolean;
  port: number;
  host: string;
  /** PostgreSQL server URL; undefined means the embedded PGlite database in dataDir. */
  databaseUrl: string | undefined;
  /** Seconds a starting instance waits for a PostgreSQL server that is down or starting, before it exits. */
  databaseStartWaitSeconds: number;
  /** How long a caller waits on the PostgreSQL server before a retryable SERVICE_UNAVAILABLE. */
  databaseWaits: DatabaseWaits;
  /** Prepare each statement once per connection (false behind a pooler that cannot keep them). */
  databasePreparedStatements: boolean;
  dataDir: string;
  redisUrl: string | undefined;
  /** Prefix of the Redis channels, so that several deployments can share one Redis. */
  redisPrefix: string;
  /** Seconds between two pings of each WebSocket; one that did not answer the previous ping is dropped. 0: never. */
  wsHeartbeatSeconds: number;
  /** Sockets per professional, their subscriptions over all sockets, and sockets not yet signed in (all callers). */
  wsLimits: { socketsPerProfessional: number; subscriptionsPerProfessional: number; pendingSockets: number };
  /** Seconds between two looks for deadlines to announce (approaching, passed); 0: never. */
  deadlineCheckSeconds: number;
  /** Seconds between two looks at Redis; while it is away, subscriptions catch up from the database at this pace. */
  livePollSeconds: number;
  /** Seconds between two looks for announcements lost while Redis is up (with Redis only); 0: never. */
  liveSweepSeconds: number;
  /** Days inbox events are kept for `inbox(after)`; older ones are pruned and such a replay is REPLAY_EXPIRED. */
  inboxRetentionDays: number;
  logLevel: string;
  /** Load demonstration data into an empty database (default: on the embedded database only). */
  seedDemo: boolean;
  /** Largest file accepted, in bytes. */
  maxUploadBytes: number;
  /** Largest request body that is not a multipart upload, in bytes. */
  maxBodyBytes: number;
  /** Largest multipart request (the files of one message together, with the operation), in bytes. */
  maxRequestBytes: number;
  /** Seconds a client has to send a whole request (headers and body) before it is cut. */
  requestTimeoutSeconds: number;
  /** Operations per professional and per minute, across instances (through Redis when set); 0: no limit. */
  rateLimitPerMinute: number;
  files: {
    /** Secret the file URLs are signed with (every instance must share it). */
    urlSecret: string;
    /** Seconds a file URL stays valid. */
    urlTtlSeconds: number;
    /** Public address of the API, for absolute file URLs; undefined: the address the client called. */
    publicUrl: string | undefined;
  };
  mail: MailConfig;
  jwt: {
    /** HS256 secret, or undefined when only the JWKS is trusted. */
    secret: string | undefined;
    jwksUrl: string | undefined;
    issuer: string | undefined;
    audience: string | undefined;
    idClaim: string;
    /** The claim holding the MSSanté address (docs/api.md#contact-details). */
    mssanteClaim: string;
    /** Seconds of clock skew tolerated on exp/nbf/iat. */
    clockToleranceSeconds: number;
  };
}

export interface MailConfig {
  /** The mail server (credentials in the URL or SMTP_USER / SMTP_PASSWORD); undefined: mail stays queued. */
  smtpUrl: string | undefined;
  smtpUser: string | undefined;
  smtpPassword: string | undefined;
  /** The operator allows mail without TLS in production (SMTP_ALLOW_PLAINTEXT=true). */
  allowPlaintext: boolean;
  /** The sender address, and the domain of every Message-ID. */
  from: string | undefined;
  /** Seconds between two looks for mail due; 0: this instance sends none. */
  pollSeconds: number;
  /** Attempts before a mail is given up (FAILED). */
  maxAttempts: number;
  /** The wait after a first failed attempt, doubled at each one after (at most 6 hours). */
  retryBaseSeconds: number;
  /** Seconds one attempt (the PDF and the SMTP exchange) may take before it counts as failed. */
  sendTimeoutSeconds: number;
  /** Seconds an event waits before its notification is decided (seen in the app meanwhile: not mailed). */
  notifyGraceSeconds: number;
  /** Days a request waits without triage before its expert is reminded. */
  triageReminderDays: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';

  if (production && (e.JWT_SECRET === undefined ? !e.JWT_JWKS_URL : e.JWT_SECRET === DEVELOPMENT_JWT_SECRET)) {
    throw new ConfigError(
      'NODE_ENV=production refuses the development JWT secret: set JWT_JWKS_URL (with JWT_ISSUER and JWT_AUDIENCE) or a JWT_SECRET of your own',
    );
  }
  if (e.JWT_SECRET !== undefined && e.JWT_SECRET.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters long');
  }
  if (production && e.JWT_JWKS_URL && !e.JWT_JWKS_URL.startsWith('https://')) {
    throw new ConfigError(
      'JWT_JWKS_URL must be an https:// address in production: the keys decide who is authenticated',
    );
  }
  if (e.JWT_JWKS_URL && (!e.JWT_ISSUER || !e.JWT_AUDIENCE)) {
    throw new ConfigError(
      'JWT_JWKS_URL needs JWT_ISSUER and JWT_AUDIENCE: tokens from a provider are checked against both',
    );
  }

  const secret = e.JWT_SECRET ?? (production || e.JWT_JWKS_URL ? undefined : DEVELOPMENT_JWT_SECRET);
  // Outside production, tokens from a provider still get working file URLs on one instance.
  const urlSecret = e.FILE_URL_SECRET ?? secret ?? (production ? undefined : DEVELOPMENT_JWT_SECRET);
  if (urlSecret === undefined) {
    throw new ConfigError(
      'FILE_URL_SECRET is needed to sign file URLs when tokens come from JWT_JWKS_URL: set a secret of at least 32 characters, the same on every instance',
    );
  }
  if (e.FILE_URL_SECRET !== undefined && e.FILE_URL_SECRET.length < 32)
    throw new ConfigError('FILE_URL_SECRET must be at least 32 characters long');
  // By default, two files of the largest size (and the operation) fit in one message.
  const maxRequestBytes =
    e.MAX_REQUEST_BYTES ?? Math.max(DEFAULT_MAX_REQUEST_BYTES, 2 * e.MAX_UPLOAD_BYTES + 2 * 1024 * 1024);
  if (e.SMTP_URL && !e.MAIL_FROM)
    throw new ConfigError(
      'SMTP_URL needs MAIL_FROM: the address mail is sent from, e.g. teleexpertise@hopital.example',
    );
  if (maxRequestBytes < e.MAX_UPLOAD_BYTES)
    throw new ConfigError('MAX_REQUEST_BYTES must be at least MAX_UPLOAD_BYTES: a request carries its files');
  return {
    production,
    port: e.PORT,
    // This machine only, unless in production, where a container's port is reached from outside it.
    host: e.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    databaseUrl: e.DATABASE_URL,
    databaseStartWaitSeconds: e.DATABASE_START_WAIT_SECONDS,
    databasePreparedStatements: e.DATABASE_PREPARED_STATEMENTS === 'true',
    databaseWaits: {
      acquireMs: e.DATABASE_ACQUIRE_TIMEOUT_MS,
      statementMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      transactionMs: e.DATABASE_TRANSACTION_TIMEOUT_MS,
    },
    dataDir: path.resolve(e.DATA_DIR),
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    deadlineCheckSeconds: e.DEADLINE_CHECK_SECONDS,
    livePollSeconds: e.LIVE_POLL_SECONDS,
    liveSweepSeconds: e.LIVE_SWEEP_SECONDS,
    inboxRetentionDays: e.INBOX_RETENTION_DAYS,
    wsHeartbeatSeconds: e.WS_HEARTBEAT_SECONDS,
    wsLimits: {
      socketsPerProfessional: e.WS_MAX_SOCKETS_PER_PROFESSIONAL,
      subscriptionsPerProfessional: e.WS_MAX_SUBSCRIPTIONS_PER_PROFESSIONAL,
      pendingSockets: e.WS_MAX_PENDING_SOCKETS,
    },
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO === undefined ? !e.DATABASE_URL : e.SEED_DEMO === 'true',
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    maxBodyBytes: e.MAX_BODY_BYTES,
    maxRequestBytes,
    requestTimeoutSeconds: e.REQUEST_TIMEOUT_SECONDS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    files: { urlSecret, urlTtlSeconds: e.FILE_URL_TTL, publicUrl: e.PUBLIC_URL?.replace(/\/+$/, '') },
    mail: {
      smtpUrl: e.SMTP_URL,
      smtpUser: e.SMTP_USER,
      smtpPassword: e.SMTP_PASSWORD,
      allowPlaintext: e.SMTP_ALLOW_PLAINTEXT === 'true',
      from: e.MAIL_FROM,
      pollSeconds: e.MAIL_POLL_SECONDS,
      maxAttempts: e.MAIL_MAX_ATTEMPTS,
      retryBaseSeconds: e.MAIL_RETRY_BASE_SECONDS,
      sendTimeoutSeconds: e.MAIL_SEND_TIMEOUT_SECONDS,
      notifyGraceSeconds: e.NOTIFY_GRACE_SECONDS,
      triageReminderDays: e.TRIAGE_REMINDER_DAYS,
    },
    jwt: {
      secret,
      jwksUrl: e.JWT_JWKS_URL,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      idClaim: e.JWT_ID_CLAIM,
      mssanteClaim: e.MSSANTE_CLAIM,
      clockToleranceSeconds: e.JWT_CLOCK_TOLERANCE,
    },
  };
}
