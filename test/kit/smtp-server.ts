// A real SMTP server on a free port (smtp-server), keeping what arrives parsed (mailparser), told how to answer each mail.
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './process.ts';

export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO). */
  to: string[];
  parsed: ParsedMail;
  /** The whole message as it arrived, to search for what must not be there. */
  raw: string;
}

/** How the server answers the next mail: accept it (after `before`, e.g. killing the sender), or refuse it with an SMTP code. */
export type Answer = { refuse: number; text?: string } | { accept: true; before?: () => Promise<void> | void };

export interface MailCatcher {
  url: string;
  port: number;
  /** Every mail accepted, in order. */
  mails: ReceivedMail[];
  /** Answers for the next mails, in order; once they are used up, mail is accepted. */
  answers: Answer[];
  /** Stops listening (the sender meets a refused connection) until `start`. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

function refusal(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

export async function startMailCatcher(): Promise<MailCatcher> {
  const port = await freePort();
  const catcher: MailCatcher = {
    url: `smtp://127.0.0.1:${port}`,
    port,
    mails: [],
    answers: [],
    stop: () => new Promise((resolve) => server.close(() => resolve())),
    start: () => listen(),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  let server: SMTPServer;
  const listen = () => {
    server = new SMTPServer({
      authOptional: true,
      // No certificate here: the development rule (a plain server on this machine) is what is tested.
      disabledCommands: ['STARTTLS'],
      logger: false,
      async onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        const answer = catcher.answers.shift() ?? { accept: true };
        if ('refuse' in answer) return callback(refusal(answer.refuse, answer.text ?? 'refused by the test'));
        const raw = Buffer.concat(chunks).toString('utf8');
        const to = session.envelope.rcptTo.map((address) => address.address);
        catcher.mails.push({ to, raw, parsed: await simpleParser(raw) });
        await answer.before?.();
        callback();
      },
    });
    // A sender that vanished mid-session (a test kills it) is the server's error event, not the test's failure.
    server.on('error', () => undefined);
    return new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  };
  await listen();
  return catcher;
}
