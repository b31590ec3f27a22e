// The operations the example screens use, typed by the generated `graphql()` function.
import { graphql } from './generated/index.js';

export const MessageFields = graphql(`
  fragment MessageFields on Message {
    id
    sequence
    kind
    body
    createdAt
    clientMessageId
    author {
      id
      firstName
      lastName
    }
    attachments {
      id
      fileName
      mediaType
      size
      url
    }
  }
`);

/** The inbox: the caller's requests, latest activity first. */
export const InboxQuery = graphql(`
  query Inbox($first: Int, $after: String, $filter: RequestFilter) {
    requests(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          status
          question
          viewerRole
          unreadCount
          isOverdue
          lastActivityAt
          expert {
            id
            lastName
            expertProfile {
              activityDescription
              patientIdentityPolicy
            }
          }
          requester {
            id
            lastName
          }
          lastMessage {
            ...MessageFields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The latest messages of a conversation; older ones with `before`. */
export const ConversationQuery = graphql(`
  query Conversation($requestId: ID!, $last: Int, $before: String) {
    node(id: $requestId) {
      ... on TeleexpertiseRequest {
        id
        status
        messages(last: $last, before: $before) {
          edges {
            node {
              ...MessageFields
            }
          }
          pageInfo {
            hasPreviousPage
            startCursor
          }
        }
      }
    }
  }
`);

/** A request's header: its question, the consent, and the patient (null when anonymized). */
export const RequestQuery = graphql(`
  query Request($id: ID!) {
    node(id: $id) {
      ... on TeleexpertiseRequest {
        id
        status
        question
        consent {
          givenBy
          collectedAt
          notCollectedReason
        }
        patient {
          birthName
          firstNames
          birthDate
        }
      }
    }
  }
`);

export const PostMessageMutation = graphql(`
  mutation PostMessage($input: PostMessageInput!) {
    postMessage(input: $input) {
      ...MessageFields
    }
  }
`);

/** Every message after `after` (the last one the screen holds), then each new one. */
export const MessageAddedSubscription = graphql(`
  subscription MessageAdded($requestId: ID!, $after: ID) {
    messageAdded(requestId: $requestId, after: $after) {
      ...MessageFields
    }
  }
`);

/** Everything that concerns the caller: new requests, messages, status changes, reports, deadlines. */
export const InboxSubscription = graphql(`
  subscription InboxEvents {
    inbox {
      kind
      request {
        id
        status
        unreadCount
      }
      message {
        id
        sequence
        body
      }
    }
  }
`);
