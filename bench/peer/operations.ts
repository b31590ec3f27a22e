// The two benchmark operations, written for the PostGraphile peer's schema (bench/peer/postgraphile.ts).
// Aliases give the responses the shape of our server's (requests / requester / expert / lastMessage /
// messages / author / attachments). `id` is PostGraphile's global Node ID, as ours is a global ID;
// the uuid column is `rowId` there.
//
// Participant filtering is not in the documents: row-level security (bench/peer/rls.sql) does it.

/**
 * The viewer's 20 latest requests by activity, as our
 * `requests(first: 20) { edges { node { … unreadCount } } pageInfo { hasNextPage endCursor } }`.
 * (lastActivityAt desc, id desc) is our order: ROW_ID_DESC is the tie-breaker.
 */
export const INBOX = /* GraphQL */ `
  query Inbox {
    requests: allTeleexpertiseRequests(first: 20, orderBy: [LAST_ACTIVITY_AT_DESC, ROW_ID_DESC]) {
      edges {
        node {
          id
          status
          question
          lastActivityAt
          requester: professionalByRequesterId {
            id
            firstName
            lastName
          }
          expert: professionalByExpertId {
            id
            firstName
            lastName
          }
          lastMessage: messageByLastMessageId {
            id
            sequence
            kind
            body
            createdAt
          }
          unreadCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/**
 * One request by its id with its last 50 messages in sequence order (`last: 50` over SEQUENCE_ASC: the
 * latest 50, oldest first), each with its author and its attachments by (createdAt, id).
 */
export const CONVERSATION = /* GraphQL */ `
  query Conversation($requestId: UUID!) {
    request: teleexpertiseRequestByRowId(rowId: $requestId) {
      id
      messages: messagesByRequestId(last: 50, orderBy: [SEQUENCE_ASC]) {
        edges {
          node {
            id
            sequence
            kind
            body
            createdAt
            author: professionalByAuthorId {
              id
              firstName
              lastName
            }
            attachments: attachmentsByMessageId(orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) {
              nodes {
                id
                fileName
                mediaType
                size
              }
            }
          }
        }
      }
    }
  }
`;

export type PeerOperationName = 'inbox' | 'conversation';

export interface PeerOperation {
  operationName: 'Inbox' | 'Conversation';
  query: string;
  variables: Record<string, unknown>;
}

/** The request body of an operation; `requestId` is the uuid ("TeleexpertiseRequest".id) of the conversation. */
export function peerOperation(name: 'inbox'): PeerOperation;
export function peerOperation(name: 'conversation', requestId: string): PeerOperation;
export function peerOperation(name: PeerOperationName, requestId?: string): PeerOperation {
  if (name === 'inbox') return { operationName: 'Inbox', query: INBOX, variables: inboxVariables() };
  if (requestId === undefined) throw new Error('The conversation operation needs the request id (uuid)');
  return { operationName: 'Conversation', query: CONVERSATION, variables: conversationVariables(requestId) };
}

export function inboxVariables(): Record<string, never> {
  return {};
}

export function conversationVariables(requestId: string): { requestId: string } {
  return { requestId };
}

/** The message write, as our `postMessage(input: { requestId, body }) { id sequence }` (see bench/peer/rls.sql). */
export const POST = /* GraphQL */ `
  mutation Post($requestId: UUID!, $body: String!) {
    createMessage(input: { message: { requestId: $requestId, body: $body } }) {
      message {
        id
        sequence
      }
    }
  }
`;

/** The body of a post by the viewer to request `requestId` (uuid). */
export function peerPost(requestId: string, body: string): { operationName: 'Post'; query: string; variables: object } {
  return { operationName: 'Post', query: POST, variables: { requestId, body } };
}
