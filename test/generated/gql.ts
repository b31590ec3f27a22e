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
    "fragment ProfessionalFields on Professional {\n  id\n  rpps\n  firstName\n  lastName\n  profession\n  specialty\n  city\n  postalCode\n  isExpert\n}\n\nfragment ExpertProfileFields on ExpertProfile {\n  listed\n  activityDescription\n  limitations\n  prerequisites\n  tool\n  externalUrl\n  patientIdentityPolicy\n}\n\nquery Me {\n  me {\n    ...ProfessionalFields\n    expertProfile {\n      ...ExpertProfileFields\n    }\n  }\n}\n\nquery Experts($filter: ExpertFilter, $first: Int, $after: String) {\n  experts(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...ProfessionalFields\n        expertProfile {\n          ...ExpertProfileFields\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation UpdateExpertProfile($input: ExpertProfileInput!) {\n  updateExpertProfile(input: $input) {\n    ...ExpertProfileFields\n  }\n}\n\nquery Node($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Professional {\n      lastName\n    }\n  }\n}\n\nquery Nodes($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    __typename\n    id\n    ... on Professional {\n      lastName\n    }\n  }\n}": typeof types.ProfessionalFieldsFragmentDoc,
};
const documents: Documents = {
    "fragment ProfessionalFields on Professional {\n  id\n  rpps\n  firstName\n  lastName\n  profession\n  specialty\n  city\n  postalCode\n  isExpert\n}\n\nfragment ExpertProfileFields on ExpertProfile {\n  listed\n  activityDescription\n  limitations\n  prerequisites\n  tool\n  externalUrl\n  patientIdentityPolicy\n}\n\nquery Me {\n  me {\n    ...ProfessionalFields\n    expertProfile {\n      ...ExpertProfileFields\n    }\n  }\n}\n\nquery Experts($filter: ExpertFilter, $first: Int, $after: String) {\n  experts(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...ProfessionalFields\n        expertProfile {\n          ...ExpertProfileFields\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation UpdateExpertProfile($input: ExpertProfileInput!) {\n  updateExpertProfile(input: $input) {\n    ...ExpertProfileFields\n  }\n}\n\nquery Node($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Professional {\n      lastName\n    }\n  }\n}\n\nquery Nodes($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    __typename\n    id\n    ... on Professional {\n      lastName\n    }\n  }\n}": types.ProfessionalFieldsFragmentDoc,
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
export function graphql(source: "fragment ProfessionalFields on Professional {\n  id\n  rpps\n  firstName\n  lastName\n  profession\n  specialty\n  city\n  postalCode\n  isExpert\n}\n\nfragment ExpertProfileFields on ExpertProfile {\n  listed\n  activityDescription\n  limitations\n  prerequisites\n  tool\n  externalUrl\n  patientIdentityPolicy\n}\n\nquery Me {\n  me {\n    ...ProfessionalFields\n    expertProfile {\n      ...ExpertProfileFields\n    }\n  }\n}\n\nquery Experts($filter: ExpertFilter, $first: Int, $after: String) {\n  experts(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...ProfessionalFields\n        expertProfile {\n          ...ExpertProfileFields\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation UpdateExpertProfile($input: ExpertProfileInput!) {\n  updateExpertProfile(input: $input) {\n    ...ExpertProfileFields\n  }\n}\n\nquery Node($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Professional {\n      lastName\n    }\n  }\n}\n\nquery Nodes($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    __typename\n    id\n    ... on Professional {\n      lastName\n    }\n  }\n}"): (typeof documents)["fragment ProfessionalFields on Professional {\n  id\n  rpps\n  firstName\n  lastName\n  profession\n  specialty\n  city\n  postalCode\n  isExpert\n}\n\nfragment ExpertProfileFields on ExpertProfile {\n  listed\n  activityDescription\n  limitations\n  prerequisites\n  tool\n  externalUrl\n  patientIdentityPolicy\n}\n\nquery Me {\n  me {\n    ...ProfessionalFields\n    expertProfile {\n      ...ExpertProfileFields\n    }\n  }\n}\n\nquery Experts($filter: ExpertFilter, $first: Int, $after: String) {\n  experts(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...ProfessionalFields\n        expertProfile {\n          ...ExpertProfileFields\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation UpdateExpertProfile($input: ExpertProfileInput!) {\n  updateExpertProfile(input: $input) {\n    ...ExpertProfileFields\n  }\n}\n\nquery Node($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Professional {\n      lastName\n    }\n  }\n}\n\nquery Nodes($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    __typename\n    id\n    ... on Professional {\n      lastName\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;