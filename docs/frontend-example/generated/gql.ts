/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment MessageFields on Message {\n    id\n    sequence\n    kind\n    body\n    createdAt\n    clientMessageId\n    author {\n      id\n      firstName\n      lastName\n    }\n    attachments {\n      id\n      fileName\n      mediaType\n      size\n      url\n    }\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  query Inbox($first: Int, $after: String, $filter: RequestFilter) {\n    requests(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          question\n          viewerRole\n          unreadCount\n          isOverdue\n          lastActivityAt\n          expert {\n            id\n            lastName\n            expertProfile {\n              activityDescription\n              patientIdentityPolicy\n            }\n          }\n          requester {\n            id\n            lastName\n          }\n          lastMessage {\n            ...MessageFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  query Conversation($requestId: ID!, $last: Int, $before: String) {\n    node(id: $requestId) {\n      ... on TeleexpertiseRequest {\n        id\n        status\n        messages(last: $last, before: $before) {\n          edges {\n            node {\n              ...MessageFields\n            }\n          }\n          pageInfo {\n            hasPreviousPage\n            startCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  query Request($id: ID!) {\n    node(id: $id) {\n      ... on TeleexpertiseRequest {\n        id\n        status\n        question\n        consent {\n          givenBy\n          collectedAt\n          notCollectedReason\n        }\n        patient {\n          birthName\n          firstNames\n          birthDate\n        }\n      }\n    }\n  }\n": typeof types.RequestDocument,
    "\n  mutation PostMessage($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n": typeof types.PostMessageDocument,
    "\n  subscription MessageAdded($requestId: ID!, $after: ID) {\n    messageAdded(requestId: $requestId, after: $after) {\n      ...MessageFields\n    }\n  }\n": typeof types.MessageAddedDocument,
    "\n  subscription InboxEvents {\n    inbox {\n      kind\n      request {\n        id\n        status\n        unreadCount\n      }\n      message {\n        id\n        sequence\n        body\n      }\n    }\n  }\n": typeof types.InboxEventsDocument,
};
const documents: Documents = {
    "\n  fragment MessageFields on Message {\n    id\n    sequence\n    kind\n    body\n    createdAt\n    clientMessageId\n    author {\n      id\n      firstName\n      lastName\n    }\n    attachments {\n      id\n      fileName\n      mediaType\n      size\n      url\n    }\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  query Inbox($first: Int, $after: String, $filter: RequestFilter) {\n    requests(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          question\n          viewerRole\n          unreadCount\n          isOverdue\n          lastActivityAt\n          expert {\n            id\n            lastName\n            expertProfile {\n              activityDescription\n              patientIdentityPolicy\n            }\n          }\n          requester {\n            id\n            lastName\n          }\n          lastMessage {\n            ...MessageFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  query Conversation($requestId: ID!, $last: Int, $before: String) {\n    node(id: $requestId) {\n      ... on TeleexpertiseRequest {\n        id\n        status\n        messages(last: $last, before: $before) {\n          edges {\n            node {\n              ...MessageFields\n            }\n          }\n          pageInfo {\n            hasPreviousPage\n            startCursor\n          }\n        }\n      }\n    }\n  }\n": types.ConversationDocument,
    "\n  query Request($id: ID!) {\n    node(id: $id) {\n      ... on TeleexpertiseRequest {\n        id\n        status\n        question\n        consent {\n          givenBy\n          collectedAt\n          notCollectedReason\n        }\n        patient {\n          birthName\n          firstNames\n          birthDate\n        }\n      }\n    }\n  }\n": types.RequestDocument,
    "\n  mutation PostMessage($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n": types.PostMessageDocument,
    "\n  subscription MessageAdded($requestId: ID!, $after: ID) {\n    messageAdded(requestId: $requestId, after: $after) {\n      ...MessageFields\n    }\n  }\n": types.MessageAddedDocument,
    "\n  subscription InboxEvents {\n    inbox {\n      kind\n      request {\n        id\n        status\n        unreadCount\n      }\n      message {\n        id\n        sequence\n        body\n      }\n    }\n  }\n": types.InboxEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on Message {\n    id\n    sequence\n    kind\n    body\n    createdAt\n    clientMessageId\n    author {\n      id\n      firstName\n      lastName\n    }\n    attachments {\n      id\n      fileName\n      mediaType\n      size\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment MessageFields on Message {\n    id\n    sequence\n    kind\n    body\n    createdAt\n    clientMessageId\n    author {\n      id\n      firstName\n      lastName\n    }\n    attachments {\n      id\n      fileName\n      mediaType\n      size\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($first: Int, $after: String, $filter: RequestFilter) {\n    requests(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          question\n          viewerRole\n          unreadCount\n          isOverdue\n          lastActivityAt\n          expert {\n            id\n            lastName\n            expertProfile {\n              activityDescription\n              patientIdentityPolicy\n            }\n          }\n          requester {\n            id\n            lastName\n          }\n          lastMessage {\n            ...MessageFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($first: Int, $after: String, $filter: RequestFilter) {\n    requests(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          question\n          viewerRole\n          unreadCount\n          isOverdue\n          lastActivityAt\n          expert {\n            id\n            lastName\n            expertProfile {\n              activityDescription\n              patientIdentityPolicy\n            }\n          }\n          requester {\n            id\n            lastName\n          }\n          lastMessage {\n            ...MessageFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($requestId: ID!, $last: Int, $before: String) {\n    node(id: $requestId) {\n      ... on TeleexpertiseRequest {\n        id\n        status\n        messages(last: $last, before: $before) {\n          edges {\n            node {\n              ...MessageFields\n            }\n          }\n          pageInfo {\n            hasPreviousPage\n            startCursor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversation($requestId: ID!, $last: Int, $before: String) {\n    node(id: $requestId) {\n      ... on TeleexpertiseRequest {\n        id\n        status\n        messages(last: $last, before: $before) {\n          edges {\n            node {\n              ...MessageFields\n            }\n          }\n          pageInfo {\n            hasPreviousPage\n            startCursor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Request($id: ID!) {\n    node(id: $id) {\n      ... on TeleexpertiseRequest {\n        id\n        status\n        question\n        consent {\n          givenBy\n          collectedAt\n          notCollectedReason\n        }\n        patient {\n          birthName\n          firstNames\n          birthDate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Request($id: ID!) {\n    node(id: $id) {\n      ... on TeleexpertiseRequest {\n        id\n        status\n        question\n        consent {\n          givenBy\n          collectedAt\n          notCollectedReason\n        }\n        patient {\n          birthName\n          firstNames\n          birthDate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostMessage($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation PostMessage($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageAdded($requestId: ID!, $after: ID) {\n    messageAdded(requestId: $requestId, after: $after) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  subscription MessageAdded($requestId: ID!, $after: ID) {\n    messageAdded(requestId: $requestId, after: $after) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboxEvents {\n    inbox {\n      kind\n      request {\n        id\n        status\n        unreadCount\n      }\n      message {\n        id\n        sequence\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription InboxEvents {\n    inbox {\n      kind\n      request {\n        id\n        status\n        unreadCount\n      }\n      message {\n        id\n        sequence\n        body\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;