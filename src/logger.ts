// The structured logger. Health data never goes in: no message bodies, patient identities or tokens.
import pino, { type DestinationStream, type Logger } from 'pino';

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'teleexpertise-api' },
      redact: { paths: ['req.headers.authorization', '*.authorization', '*.token', '*.body'], censor: '[redacted]' },
    },
    // Written asynchronously to stdout (flushed at exit): a request never waits on the log's write.
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
