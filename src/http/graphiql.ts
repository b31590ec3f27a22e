// GraphiQL as /graphql serves it to a browser: assets from the API itself, and ready to use with the development secret.
import type { GraphiQLOptions } from 'graphql-yoga';
import { DEMO_EXPERT_RPPS, DEMO_REQUESTER_RPPS } from '../../prisma/seed-data.ts';
import { demoClaims, demoProfessional, displayName, usesDevelopmentSecret } from '../auth/development.ts';
import { signDevelopmentToken } from '../auth/tokens.ts';
import type { Config } from '../config.ts';

// GraphiQL's page with its scripts, styles, editor workers and icon inlined: nothing is fetched from another host.
export { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/** GraphiQL keeps a tab's headers in the browser: its demonstration tokens outlast a day's work. */
const PAGE_TOKEN_LIFETIME = '30d';

const common: GraphiQLOptions = {
  title: 'Téléexpertise API',
  // Over SSE, GraphiQL sends the headers typed in its editor, Authorization included.
  subscriptionsProtocol: 'SSE',
};

const REQUESTER_INBOX = `query RequesterInbox {
  me {
    rpps
    firstName
    lastName
    profession
  }
  requests(first: 10) {
    edges {
      node {
        id
        status
        question
        expert {
          firstName
          lastName
          specialty
        }
        lastMessage {
          body
          createdAt
          author {
            lastName
          }
        }
        unreadCount
      }
    }
  }
}
`;

const EXPERT_INBOX = `subscription ExpertInbox {
  inbox {
    kind
    request {
      id
      status
      question
      unreadCount
    }
    message {
      body
      createdAt
      author {
        firstName
        lastName
      }
    }
  }
}
`;

/**
 * yoga's `graphiql` option. With the development secret, each page load gets fresh tokens: one tab
 * as the demonstration requester (their inbox), one as the demonstration expert (their inbox, live),
 * and the tabs keep their headers across reloads. Otherwise the page holds no token, and the
 * headers a user pastes are not kept in the browser: a real token opens patient data.
 */
export function graphiqlOptions(config: Config): () => Promise<GraphiQLOptions> {
  if (!usesDevelopmentSecret(config)) {
    const options: GraphiQLOptions = {
      ...common,
      defaultHeaders: headers('<paste your token here>'),
      defaultQuery: `# Paste your token in the Authorization header below,\n# re-fetch the schema (Shift-Ctrl-R), then run this\n# query: Ctrl-Enter or ▶.\n${REQUESTER_INBOX}`,
      shouldPersistHeaders: false,
    };
    return async () => options;
  }
  return async () => {
    const [requester, expert] = await Promise.all([
      pageToken(config, DEMO_REQUESTER_RPPS),
      pageToken(config, DEMO_EXPERT_RPPS),
    ]);
    return {
      ...common,
      defaultHeaders: headers(requester),
      defaultTabs: [
        {
          query: `${comment(DEMO_REQUESTER_RPPS, ['Run this query: Ctrl-Enter or ▶.'])}${REQUESTER_INBOX}`,
          headers: headers(requester),
        },
        {
          query: `${comment(DEMO_EXPERT_RPPS, ['Run this subscription: it waits, then shows each', 'event of the inbox, e.g. a message the requester', 'posts with postMessage.'])}${EXPERT_INBOX}`,
          headers: headers(expert),
        },
      ],
      shouldPersistHeaders: true,
    };
  };
}

function headers(token: string): string {
  return JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2);
}

/** Comment lines short enough for the editor's width at its default layout. */
function comment(rpps: string, lines: string[]): string {
  const who = `As ${displayName(demoProfessional(rpps)!)}, demonstration ${rpps === DEMO_EXPERT_RPPS ? 'expert' : 'requester'}`;
  return [who, '(the token is in the Authorization header below).', ...lines].map((line) => `# ${line}\n`).join('');
}

async function pageToken(config: Config, rpps: string): Promise<string> {
  return signDevelopmentToken(config.jwt, demoClaims(demoProfessional(rpps)!), { expiresIn: PAGE_TOKEN_LIFETIME });
}
