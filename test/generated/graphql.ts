/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date string, such as 2007-12-03, compliant with the `full-date` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
};

export type ExpertConnection = {
  __typename?: 'ExpertConnection';
  edges: Array<ExpertEdge>;
  pageInfo: PageInfo;
};

export type ExpertEdge = {
  __typename?: 'ExpertEdge';
  cursor: Scalars['String']['output'];
  node: Professional;
};

/** Every criterion given must match; text is matched without regard to case or accents. */
export type ExpertFilter = {
  city?: InputMaybe<Scalars['String']['input']>;
  /** A postal code or its prefix: "69" finds the whole Rhône. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  profession?: InputMaybe<Profession>;
  /** Part of the specialty: "dermato" finds Dermatologie. */
  specialty?: InputMaybe<Scalars['String']['input']>;
  /** Words to find in names, specialty or activity description. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** An expert's declaration (déclaration expert) in the regional directory. */
export type ExpertProfile = {
  __typename?: 'ExpertProfile';
  activityDescription?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  /** What the expert will not answer, and the territory covered. */
  limitations?: Maybe<Scalars['String']['output']>;
  /** Shown in the directory and open to requests. */
  listed: Scalars['Boolean']['output'];
  patientIdentityPolicy: PatientIdentityPolicy;
  /** Documents and information the expert requires from requesters. */
  prerequisites?: Maybe<Scalars['String']['output']>;
  professional: Professional;
  tool: ExpertTool;
};

/** Every field is optional: a field left out keeps its value (the profile is saved as the expert types). */
export type ExpertProfileInput = {
  activityDescription?: InputMaybe<Scalars['String']['input']>;
  externalUrl?: InputMaybe<Scalars['String']['input']>;
  limitations?: InputMaybe<Scalars['String']['input']>;
  listed?: InputMaybe<Scalars['Boolean']['input']>;
  patientIdentityPolicy?: InputMaybe<PatientIdentityPolicy>;
  prerequisites?: InputMaybe<Scalars['String']['input']>;
  tool?: InputMaybe<ExpertTool>;
};

/** Where an expert answers: in this application, or in an external tool the requester is redirected to. */
export type ExpertTool =
  | 'EXTERNAL'
  | 'IN_APP';

export type Mutation = {
  __typename?: 'Mutation';
  /** Saves the caller's expert declaration; only the fields given change. */
  updateExpertProfile: ExpertProfile;
};


export type MutationUpdateExpertProfileArgs = {
  input: ExpertProfileInput;
};

export type Node = {
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Whether the expert requires the patient's identity (REQUIRED) or accepts anonymized patients (OPTIONAL). */
export type PatientIdentityPolicy =
  | 'OPTIONAL'
  | 'REQUIRED';

/** Health profession (profession de santé). */
export type Profession =
  | 'DENTIST'
  | 'MIDWIFE'
  | 'NURSE'
  | 'ORTHOPTIST'
  | 'OTHER'
  | 'PHARMACIST'
  | 'PHYSICIAN'
  | 'PHYSIOTHERAPIST'
  | 'PODIATRIST'
  | 'SPEECH_THERAPIST';

/** A health professional (professionnel de santé), identified by the national RPPS number. */
export type Professional = Node & {
  __typename?: 'Professional';
  city?: Maybe<Scalars['String']['output']>;
  /** The professional's expert declaration, if they ever made one. */
  expertProfile?: Maybe<ExpertProfile>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Listed in the directory of experts. */
  isExpert: Scalars['Boolean']['output'];
  lastName: Scalars['String']['output'];
  postalCode?: Maybe<Scalars['String']['output']>;
  profession: Profession;
  /** National id (RPPS), 11 digits. */
  rpps: Scalars['String']['output'];
  /** Secure health mail (MSSanté) address. */
  secureEmail?: Maybe<Scalars['String']['output']>;
  specialty?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Listed experts, by last name, first name. */
  experts: ExpertConnection;
  /** The professional making the call. */
  me: Professional;
  node?: Maybe<Node>;
  nodes: Array<Maybe<Node>>;
};


export type QueryExpertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

export type ProfessionalFieldsFragment = { __typename?: 'Professional', id: string, rpps: string, firstName: string, lastName: string, profession: Profession, specialty?: string | null, city?: string | null, postalCode?: string | null, isExpert: boolean };

export type ExpertProfileFieldsFragment = { __typename?: 'ExpertProfile', listed: boolean, activityDescription?: string | null, limitations?: string | null, prerequisites?: string | null, tool: ExpertTool, externalUrl?: string | null, patientIdentityPolicy: PatientIdentityPolicy };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Professional', id: string, rpps: string, firstName: string, lastName: string, profession: Profession, specialty?: string | null, city?: string | null, postalCode?: string | null, isExpert: boolean, expertProfile?: { __typename?: 'ExpertProfile', listed: boolean, activityDescription?: string | null, limitations?: string | null, prerequisites?: string | null, tool: ExpertTool, externalUrl?: string | null, patientIdentityPolicy: PatientIdentityPolicy } | null } };

export type ExpertsQueryVariables = Exact<{
  filter?: InputMaybe<ExpertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExpertsQuery = { __typename?: 'Query', experts: { __typename?: 'ExpertConnection', edges: Array<{ __typename?: 'ExpertEdge', cursor: string, node: { __typename?: 'Professional', id: string, rpps: string, firstName: string, lastName: string, profession: Profession, specialty?: string | null, city?: string | null, postalCode?: string | null, isExpert: boolean, expertProfile?: { __typename?: 'ExpertProfile', listed: boolean, activityDescription?: string | null, limitations?: string | null, prerequisites?: string | null, tool: ExpertTool, externalUrl?: string | null, patientIdentityPolicy: PatientIdentityPolicy } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type UpdateExpertProfileMutationVariables = Exact<{
  input: ExpertProfileInput;
}>;


export type UpdateExpertProfileMutation = { __typename?: 'Mutation', updateExpertProfile: { __typename?: 'ExpertProfile', listed: boolean, activityDescription?: string | null, limitations?: string | null, prerequisites?: string | null, tool: ExpertTool, externalUrl?: string | null, patientIdentityPolicy: PatientIdentityPolicy } };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { __typename?: 'Query', node?: { __typename: 'Professional', lastName: string, id: string } | null };

export type NodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodesQuery = { __typename?: 'Query', nodes: Array<{ __typename: 'Professional', lastName: string, id: string } | null> };

export const ProfessionalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfessionalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Professional"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rpps"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"isExpert"}}]}}]} as unknown as DocumentNode<ProfessionalFieldsFragment, unknown>;
export const ExpertProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patientIdentityPolicy"}}]}}]} as unknown as DocumentNode<ExpertProfileFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfessionalFields"}},{"kind":"Field","name":{"kind":"Name","value":"expertProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertProfileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfessionalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Professional"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rpps"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"isExpert"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patientIdentityPolicy"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ExpertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Experts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfessionalFields"}},{"kind":"Field","name":{"kind":"Name","value":"expertProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertProfileFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfessionalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Professional"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rpps"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"isExpert"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patientIdentityPolicy"}}]}}]} as unknown as DocumentNode<ExpertsQuery, ExpertsQueryVariables>;
export const UpdateExpertProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateExpertProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExpertProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patientIdentityPolicy"}}]}}]} as unknown as DocumentNode<UpdateExpertProfileMutation, UpdateExpertProfileMutationVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Professional"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Professional"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;