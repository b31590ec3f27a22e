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
  /** A file sent as a part of a multipart request (GraphQL multipart request specification). */
  File: { input: File | Blob; output: never; }
};

/** A period an expert or a team is away, with a message and whom to ask meanwhile; readable by every professional, as the directory is. */
export type Absence = Node & {
  __typename?: 'Absence';
  /** The expert or team to ask meanwhile, when one is named. */
  backup?: Maybe<DirectoryEntry>;
  /** Under way now. */
  current: Scalars['Boolean']['output'];
  /** The return: the absence ends then. */
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  message?: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['DateTime']['output'];
};

/** An absence of the caller (an expert), or of a team they coordinate (teamId). */
export type AbsenceInput = {
  backupExpertId?: InputMaybe<Scalars['ID']['input']>;
  backupTeamId?: InputMaybe<Scalars['ID']['input']>;
  endsAt: Scalars['DateTime']['input'];
  /** Shown to requesters (at most 500 characters). */
  message?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** A file (pièce jointe): its media type is read from its bytes, not from its name. */
export type Attachment = Node & {
  __typename?: 'Attachment';
  createdAt: Scalars['DateTime']['output'];
  /** A safe form of the name it was sent with. */
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mediaType: Scalars['String']['output'];
  /** SHA-256 of the content, hexadecimal. */
  sha256: Scalars['String']['output'];
  /** Bytes. */
  size: Scalars['Int']['output'];
  /** Where to download the file: a signed URL, valid for a few minutes for the caller only. Ask again for a fresh one. */
  url: Scalars['String']['output'];
};

/** An act billable to the health insurance (acte facturable), created when the report was signed. */
export type BillingAct = Node & {
  __typename?: 'BillingAct';
  /** The day the report was signed, in France. */
  actDate: Scalars['Date']['output'];
  /** The tariff in force on the act date, in euro cents. */
  amountCents: Scalars['Int']['output'];
  code: BillingCode;
  id: Scalars['ID']['output'];
  /** Who bills it. */
  professional: Professional;
  /** Why the act is not reimbursable; null when it is. */
  reason?: Maybe<Scalars['String']['output']>;
  reasonCode?: Maybe<NonReimbursableReason>;
  reimbursable: Scalars['Boolean']['output'];
  /** The caisse’s reason, while the status is REJECTED. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  request: TeleexpertiseRequest;
  status: BillingStatus;
  /** When the status last changed; null while it is the first TO_BILL. */
  statusChangedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** TE2: the expert’s téléexpertise act (physician or midwife); RQD: the requester’s request act. */
export type BillingCode =
  | 'RQD'
  | 'TE2';

/** Where an act stands with the billing office: TO_BILL (new), TRANSMITTED (the FSE was sent), PAID, REJECTED (by the caisse, with its reason). TO_BILL → TRANSMITTED; TRANSMITTED → PAID, REJECTED or TO_BILL; REJECTED → TO_BILL or TRANSMITTED; PAID is final. */
export type BillingStatus =
  | 'PAID'
  | 'REJECTED'
  | 'TO_BILL'
  | 'TRANSMITTED';

/** A record of the request’s trace (audit) that an item rests on. */
export type ComplianceEvidence = {
  __typename?: 'ComplianceEvidence';
  /** What was recorded, e.g. consent.record, report.sign, report.transmit. */
  action: Scalars['String']['output'];
  /** Who acted; null for the system. */
  actor?: Maybe<Professional>;
  at: Scalars['DateTime']['output'];
};

/** The HAS patient-tracer grid for téléexpertise (request, preparation, realisation, conclusion), from the request’s own trace. */
export type ComplianceGrid = {
  __typename?: 'ComplianceGrid';
  /** Every item this grid assesses is satisfied or does not apply: nothing missing, nothing pending. The items of notAssessed are not part of it. */
  complete: Scalars['Boolean']['output'];
  /** Items of the HAS grid this application cannot see in its trace (the patient’s information, the INS check, the patient file and DMP…): for the auditor to check elsewhere. */
  notAssessed: Array<Scalars['String']['output']>;
  parts: Array<CompliancePart>;
};

export type ComplianceItem = {
  __typename?: 'ComplianceItem';
  code: ComplianceItemCode;
  evidence: Array<ComplianceEvidence>;
  /** What the trace shows. */
  explanation: Scalars['String']['output'];
  /** The grid’s item, in French, after the HAS wording. */
  label: Scalars['String']['output'];
  satisfied: Scalars['Boolean']['output'];
  status: ComplianceStatus;
};

export type ComplianceItemCode =
  | 'CONSENT_TRACED'
  | 'DATA_SENT'
  | 'DEADLINE_SET'
  | 'FEASIBILITY_DOCUMENTED'
  | 'OPINION_GIVEN'
  | 'REFUSAL_JUSTIFIED'
  | 'REPORT_TRANSMITTED_TO_REQUESTER'
  | 'REPORT_TRANSMITTED_TO_TREATING_DOCTOR'
  | 'REPORT_WRITTEN_IN_TIME';

export type CompliancePart = {
  __typename?: 'CompliancePart';
  items: Array<ComplianceItem>;
  part: CompliancePartKind;
  title: Scalars['String']['output'];
};

export type CompliancePartKind =
  | 'CONCLUSION'
  | 'PREPARATION'
  | 'REALISATION'
  | 'REQUEST';

export type ComplianceStatus =
  /** Does not apply to this request (e.g. a refusal’s justification when the expert did not refuse). */
  | 'NOT_APPLICABLE'
  /** It should have been done and the trace does not show it. */
  | 'NOT_SATISFIED'
  /** Not due yet: the request is still open. */
  | 'PENDING'
  /** The trace shows it was done. */
  | 'SATISFIED';

/** The patient's consent (consentement), recorded by the requester before sending, or why it could not be collected. */
export type Consent = {
  __typename?: 'Consent';
  collectedAt?: Maybe<Scalars['DateTime']['output']>;
  givenBy: ConsentGivenBy;
  notCollectedReason?: Maybe<Scalars['String']['output']>;
};

export type ConsentGivenBy =
  | 'LEGAL_REPRESENTATIVE'
  | 'NOT_COLLECTED'
  | 'PATIENT';

/** Mandatory: who gave consent and when, or why it could not be collected. */
export type ConsentInput = {
  /** Required unless NOT_COLLECTED. */
  collectedAt?: InputMaybe<Scalars['DateTime']['input']>;
  givenBy: ConsentGivenBy;
  /** Required when NOT_COLLECTED (emergency, incapacity…). */
  notCollectedReason?: InputMaybe<Scalars['String']['input']>;
};

/** The caller's own addresses and where each came from; null while unset (docs/api.md#contact-details). */
export type ContactDetails = {
  __typename?: 'ContactDetails';
  /** Plain e-mail, for notifications that carry no health data. */
  email?: Maybe<Scalars['String']['output']>;
  emailSource?: Maybe<ContactSource>;
  /** Secure health mail (MSSanté) address, where signed reports are mailed. */
  secureEmail?: Maybe<Scalars['String']['output']>;
  secureEmailSource?: Maybe<ContactSource>;
};

/** A field left out is unchanged; null (or a blank string) clears it and lets the token fill it again. */
export type ContactDetailsInput = {
  /** Plain e-mail address, at most 254 characters. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** MSSanté address: its domain ends in .mssante.fr (e.g. jean.dupont@medecin.mssante.fr). */
  secureEmail?: InputMaybe<Scalars['String']['input']>;
};

/** Who set an address: the identity provider's token (TOKEN, refreshed when a token is checked) or the professional (SELF, kept until they change or clear it). */
export type ContactSource =
  | 'SELF'
  | 'TOKEN';

export type CreateRequestInput = {
  attachments?: InputMaybe<Array<Scalars['File']['input']>>;
  /** A key of the client’s choosing: a retry with the same key returns the first request. */
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
  consent: ConsentInput;
  /** The expert asked; or teamId. */
  expertId?: InputMaybe<Scalars['ID']['input']>;
  /** Make the request in the name of a professional who granted the caller a delegation. */
  onBehalfOfId?: InputMaybe<Scalars['ID']['input']>;
  /** Leave out to anonymize, when the expert accepts it. */
  patient?: InputMaybe<PatientInput>;
  question: Scalars['String']['input'];
  /** The team asked, instead of an expert: the request waits in its queue until a member takes it. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** true: send to an expert who is away (EXPERT_ABSENT otherwise, with their return date and backup), to wait for their return. */
  waitForReturn?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Délégation: the delegate may make requests in the delegator’s name while it is live. */
export type Delegation = Node & {
  __typename?: 'Delegation';
  createdAt: Scalars['DateTime']['output'];
  /** The account that may act. */
  delegate: Professional;
  /** The professional in whose name the delegate acts. */
  delegator: Professional;
  id: Scalars['ID']['output'];
  live: Scalars['Boolean']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** An expert (Professional) or a team (Team) of the directory. */
export type DirectoryEntry = Professional | Team;

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

/** An expert's declaration (déclaration expert) in the regional directory; readable by every professional, as the professional is. */
export type ExpertProfile = Node & {
  __typename?: 'ExpertProfile';
  /** Absences under way or to come, by start (createRequest during one is EXPERT_ABSENT). */
  absences: Array<Absence>;
  /** false: the expert takes no new request for now (createRequest is EXPERT_UNAVAILABLE). */
  acceptsNewRequests: Scalars['Boolean']['output'];
  activityDescription?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What the expert will not answer, and the territory covered. */
  limitations?: Maybe<Scalars['String']['output']>;
  /** Shown in the directory and open to requests. */
  listed: Scalars['Boolean']['output'];
  patientIdentityPolicy: PatientIdentityPolicy;
  /** Document templates the expert asks requesters to fill in and send back. */
  prerequisiteTemplates: Array<Attachment>;
  /** Documents and information the expert requires from requesters. */
  prerequisites?: Maybe<Scalars['String']['output']>;
  professional: Professional;
  tool: ExpertTool;
};

/** Every field is optional: a field left out keeps its value (the profile is saved as the expert types). */
export type ExpertProfileInput = {
  acceptsNewRequests?: InputMaybe<Scalars['Boolean']['input']>;
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

/** What the expert proposes next: nothing, an in-person consultation, a hospital referral, or another professional. */
export type FollowUp =
  | 'HOSPITAL_REFERRAL'
  | 'IN_PERSON_CONSULTATION'
  | 'NONE'
  | 'OTHER_PROFESSIONAL';

/** Something that concerns the caller, with the request as it is now. */
export type InboxEvent = {
  __typename?: 'InboxEvent';
  kind: InboxEventKind;
  /** The message the event is about, when there is one. */
  message?: Maybe<Message>;
  /** The event’s place in the caller’s inbox: 1, 2, 3… without gaps. Pass the last one received as `inbox(after:)` when subscribing again. */
  position: Scalars['Int']['output'];
  /** For REPORT_SIGNED: the version signed; for TRANSMISSION_FAILED: the version not delivered. */
  report?: Maybe<Report>;
  request: TeleexpertiseRequest;
  /** For SYNTHESIS_SHARED: the synthesis sent to the caller. */
  synthesis?: Maybe<SharedSynthesis>;
};

export type InboxEventKind =
  /** The deadline of a request the expert has not answered is less than 24 hours away. */
  | 'DEADLINE_APPROACHING'
  /** A message was written in one of the caller’s conversations (by either side, the caller included). */
  | 'NEW_MESSAGE'
  /** A request was sent to the caller or to a team they are a member of, or made by or for them; message: its question. */
  | 'NEW_REQUEST'
  /** The deadline of a request passed without a report. */
  | 'OVERDUE'
  /** The expert signed the report of a request (or a corrected version); report: that version; message: the SYSTEM message recording it. Also sent to the patient’s treating doctor, who receives the report and nothing else. */
  | 'REPORT_SIGNED'
  /** A request to a team was claimed by a member or assigned by a coordinator: told to the requester’s side and to every member; message: the SYSTEM message recording it. */
  | 'REQUEST_ASSIGNED'
  /** A request was redirected to another expert or team: told to the requester’s side, the previous and the new expert (or the members of the teams concerned); message: the SYSTEM message recording it, with the reason. */
  | 'REQUEST_REDIRECTED'
  /** A request changed status; message: the SYSTEM message recording it. */
  | 'STATUS_CHANGED'
  /** A participant sent the caller a request’s synthesis; synthesis: what was sent. The caller sees nothing else of the request. */
  | 'SYNTHESIS_SHARED'
  /** Told to the expert who signed it: the secure mail (MSSanté) of a report was given up; report: that version, whose `transmissions` say why (`failureReason`). */
  | 'TRANSMISSION_FAILED';

/** A message of a request’s conversation. */
export type Message = Node & {
  __typename?: 'Message';
  attachments: Array<Attachment>;
  /** Who speaks: for PREREQUISITES the expert, in whose name the system sends them; for SYSTEM the professional whose action it records. */
  author?: Maybe<Professional>;
  body: Scalars['String']['output'];
  clientMessageId?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: MessageKind;
  request: TeleexpertiseRequest;
  /** 1, 2, 3… within the request, in the order messages were recorded. */
  sequence: Scalars['Int']['output'];
  /** For SYSTEM messages: the status the request moved to. */
  status?: Maybe<RequestStatus>;
};

export type MessageConnection = {
  __typename?: 'MessageConnection';
  edges: Array<MessageEdge>;
  pageInfo: PageInfo;
};

export type MessageEdge = {
  __typename?: 'MessageEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

/** TEXT: written by a participant; PREREQUISITES: the expert's prerequisites that open the conversation; SYSTEM: a status change. */
export type MessageKind =
  | 'PREREQUISITES'
  | 'SYSTEM'
  | 'TEXT';

export type Mutation = {
  __typename?: 'Mutation';
  /** Triage by the expert: feasible (SUBMITTED → ACCEPTED), with a deadline in the future and at most 7 days after the request was sent. */
  acceptRequest: TeleexpertiseRequest;
  /** Adds a document template (modèle) to the caller’s expert declaration; it opens every new conversation. */
  addPrerequisiteTemplate: ExpertProfile;
  /** Adds a professional to the team with a role; its coordinators only. CONFLICT when already a member. */
  addTeamMember: Team;
  /** Adds a document template (modèle) to the team's profile; its coordinators only. */
  addTeamTemplate: Team;
  /** A coordinator of the team gives a request waiting in its queue to one of its members, who becomes its expert. CONFLICT, with extensions.holder, when someone already holds it. */
  assignRequest: TeleexpertiseRequest;
  /** Cancels an absence (its expert, or a coordinator of its team: FORBIDDEN for anyone else); returns its id. */
  cancelAbsence: Scalars['ID']['output'];
  /** A member of the team takes a request waiting in its queue and becomes its expert (triage, report, TE2). CONFLICT, with extensions.holder, when someone already holds it. */
  claimRequest: TeleexpertiseRequest;
  /** Sends a request to a listed expert, or to a listed team (exactly one of expertId and teamId): a team’s request waits unassigned in its queue, told to every member, until one claims it or a coordinator assigns it. The conversation opens with the expert’s or team’s prerequisites, then the question. An EXTERNAL-tool expert is BAD_USER_INPUT with extensions.externalUrl; an expert away is EXPERT_ABSENT (unless waitForReturn), one taking no new request EXPERT_UNAVAILABLE, both before anything is sent. */
  createRequest: TeleexpertiseRequest;
  /** Creates a team, listed in the directory unless `listed: false`; the caller is its first coordinator. */
  createTeam: Team;
  /** Declares an absence (of the caller, or of a team they coordinate), shown in the directory and told to requesters before they send. */
  declareAbsence: Absence;
  /** Triage by the expert: not feasible (→ DECLINED), with a mandatory justification. */
  declineRequest: TeleexpertiseRequest;
  /** Lets another professional’s account make requests in the caller’s name; granting again returns the live delegation. */
  grantDelegation: Delegation;
  /** The expert away (or a coordinator of the team away) redirects every open request they hold (the team: those waiting in its queue) to the backup the absence names, with a reason; returns the ids of the requests handed over. Not calling it keeps them. */
  handOverToBackup: Array<Scalars['ID']['output']>;
  /** Marks the conversation read up to a message (a read mark never moves back). */
  markRead: TeleexpertiseRequest;
  /** Writes in a request’s conversation. A requester’s answer while INFO_REQUESTED sends the request back to triage (SUBMITTED). */
  postMessage: Message;
  /** The expert holding an open request, or a coordinator of its team, sends it on to another member, team or expert (exactly one of expertId and teamId), with a reason the requester reads. Conversation, attachments, consent and patient go with it; it is triaged again, within the 7 days of the original request. The target is checked as createRequest checks it (EXPERT_ABSENT, EXPERT_UNAVAILABLE…). */
  redirectRequest?: Maybe<TeleexpertiseRequest>;
  /** Removes a template from the caller’s declaration; conversations that received it keep their copy. */
  removePrerequisiteTemplate: ExpertProfile;
  /** Removes a member (a coordinator removes anyone; a member may leave): they keep nothing of the team. A team keeps at least one coordinator. */
  removeTeamMember: Team;
  /** Removes a template from the team's profile; its coordinators only. */
  removeTeamTemplate: Team;
  /** Triage by the expert: more documents or information are needed (SUBMITTED → INFO_REQUESTED); the message goes to the conversation. */
  requestInformation: TeleexpertiseRequest;
  /** The requester’s side sends a DECLINED request to another expert or team (exactly one of expertId and teamId) without retyping: a new request, linked to it (resubmittedFrom), with its question, patient, consent and the attachments they sent. Checked as createRequest checks it; sent again, returns the first resubmission. */
  resubmitRequest: TeleexpertiseRequest;
  /** Ends a delegation (its delegator revokes it, or its delegate gives it up); the delegate loses access to the requests made with it. */
  revokeDelegation: Delegation;
  /** Moves an act along the billing office’s worklist, by the professional who bills it or their live delegate; REJECTED needs the caisse’s `reason`. Traced. */
  setBillingStatus: BillingAct;
  /** Changes a member's role; its coordinators only, and a team keeps at least one coordinator. */
  setTeamMemberRole: Team;
  /** Sends the request’s synthesis, as it is now, to another professional: they get an inbox event (SYNTHESIS_SHARED) and can download that PDF, and nothing else of the request. */
  shareSynthesis: TeleexpertiseRequest;
  /** The expert signs the report: the request becomes REPORTED (from SUBMITTED, INFO_REQUESTED or ACCEPTED), the acts are billed, and the report is transmitted to the requester, the professional in whose name the request was made, and the treating doctor (in the app, and by secure mail when their address is known). On a REPORTED request, with correctionReason, it signs a corrected version. */
  submitReport: Report;
  /** Sets or clears the caller's e-mail and MSSanté addresses (source SELF: the token no longer replaces them); a bad address is BAD_USER_INPUT naming its field, and nothing is written. Traced without the addresses. */
  updateContactDetails: Professional;
  /** Saves the caller's expert declaration; only the fields given change. */
  updateExpertProfile: ExpertProfile;
  /** Changes the caller's notification choices; a bad value is BAD_USER_INPUT naming its field, and nothing is written. Traced. */
  updateNotificationPreferences: Professional;
  /** Declares the site the caller practises at, by its FINESS (9 characters) or SIRET (14 digits; spaces allowed), or clears it with null. Traced. */
  updatePracticeStructure: Professional;
  /** Saves the team's profile fields given; its coordinators only (FORBIDDEN for anyone else). */
  updateTeam: Team;
  /** The requester withdraws the request before the report (→ WITHDRAWN). */
  withdrawRequest: TeleexpertiseRequest;
};


export type MutationAcceptRequestArgs = {
  requestId: Scalars['ID']['input'];
  responseDueAt: Scalars['DateTime']['input'];
};


export type MutationAddPrerequisiteTemplateArgs = {
  file: Scalars['File']['input'];
};


export type MutationAddTeamMemberArgs = {
  professionalId: Scalars['ID']['input'];
  role: TeamRole;
  teamId: Scalars['ID']['input'];
};


export type MutationAddTeamTemplateArgs = {
  file: Scalars['File']['input'];
  teamId: Scalars['ID']['input'];
};


export type MutationAssignRequestArgs = {
  expertId: Scalars['ID']['input'];
  requestId: Scalars['ID']['input'];
};


export type MutationCancelAbsenceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationClaimRequestArgs = {
  requestId: Scalars['ID']['input'];
};


export type MutationCreateRequestArgs = {
  input: CreateRequestInput;
};


export type MutationCreateTeamArgs = {
  input: TeamInput;
};


export type MutationDeclareAbsenceArgs = {
  input: AbsenceInput;
};


export type MutationDeclineRequestArgs = {
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};


export type MutationGrantDelegationArgs = {
  delegateId: Scalars['ID']['input'];
};


export type MutationHandOverToBackupArgs = {
  absenceId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationMarkReadArgs = {
  requestId: Scalars['ID']['input'];
  upTo: Scalars['ID']['input'];
};


export type MutationPostMessageArgs = {
  input: PostMessageInput;
};


export type MutationRedirectRequestArgs = {
  expertId?: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
  teamId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRemovePrerequisiteTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveTeamMemberArgs = {
  professionalId: Scalars['ID']['input'];
  teamId: Scalars['ID']['input'];
};


export type MutationRemoveTeamTemplateArgs = {
  id: Scalars['ID']['input'];
  teamId: Scalars['ID']['input'];
};


export type MutationRequestInformationArgs = {
  message: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};


export type MutationResubmitRequestArgs = {
  expertId?: InputMaybe<Scalars['ID']['input']>;
  requestId: Scalars['ID']['input'];
  teamId?: InputMaybe<Scalars['ID']['input']>;
  waitForReturn?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationRevokeDelegationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetBillingStatusArgs = {
  actId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: BillingStatus;
};


export type MutationSetTeamMemberRoleArgs = {
  professionalId: Scalars['ID']['input'];
  role: TeamRole;
  teamId: Scalars['ID']['input'];
};


export type MutationShareSynthesisArgs = {
  recipientId: Scalars['ID']['input'];
  requestId: Scalars['ID']['input'];
};


export type MutationSubmitReportArgs = {
  input: SubmitReportInput;
};


export type MutationUpdateContactDetailsArgs = {
  input: ContactDetailsInput;
};


export type MutationUpdateExpertProfileArgs = {
  input: ExpertProfileInput;
};


export type MutationUpdateNotificationPreferencesArgs = {
  input: NotificationPreferencesInput;
};


export type MutationUpdatePracticeStructureArgs = {
  practiceStructureId?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateTeamArgs = {
  input: TeamInput;
  teamId: Scalars['ID']['input'];
};


export type MutationWithdrawRequestArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};

export type Node = {
  id: Scalars['ID']['output'];
};

/** ANONYMIZED_PATIENT: an unidentified patient cannot be billed; YEARLY_LIMIT_REACHED: the professional who bills it already billed 4 acts of this code for this patient this calendar year; SAME_PRACTICE_STRUCTURE: the requester and the expert (physicians) practise at the same structure (maison de santé, same site). */
export type NonReimbursableReason =
  | 'ANONYMIZED_PATIENT'
  | 'SAME_PRACTICE_STRUCTURE'
  | 'YEARLY_LIMIT_REACHED';

export type NotificationChoice = {
  __typename?: 'NotificationChoice';
  delivery: NotificationDelivery;
  kind: NotificationKind;
};

export type NotificationChoiceInput = {
  delivery: NotificationDelivery;
  kind: NotificationKind;
};

/** IMMEDIATE: one mail at once (after quiet hours); DIGEST: in the daily digest; NEVER: not mailed. */
export type NotificationDelivery =
  | 'DIGEST'
  | 'IMMEDIATE'
  | 'NEVER';

/** What a professional may be told by e-mail, without health data: who, what happened, and a link to the request. */
export type NotificationKind =
  /** As the expert: a deadline is less than 24 hours away. */
  | 'DEADLINE_APPROACHING'
  /** The expert asked me for more information. */
  | 'INFORMATION_REQUESTED'
  /** A message waits unread for longer than my delay (unreadDelayMinutes). */
  | 'MESSAGE_UNREAD'
  /** A request was sent to me. */
  | 'NEW_REQUEST'
  /** As the expert: a deadline passed without a report. */
  | 'OVERDUE'
  /** The report of my request was signed. */
  | 'REPORT_SIGNED'
  /** My request was accepted, with its deadline. */
  | 'REQUEST_ACCEPTED'
  /** My request was declined. */
  | 'REQUEST_DECLINED'
  /** A synthesis was shared with me. */
  | 'SYNTHESIS_SHARED'
  /** As the expert: a request still waits for triage after TRIAGE_REMINDER_DAYS (5 by default) while its deadline is open. */
  | 'TRIAGE_REMINDER';

/** How the professional is told by e-mail of what concerns them (docs/api.md#notification-preferences). */
export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  /** Every kind, with its delivery (the default unless chosen). */
  deliveries: Array<NotificationChoice>;
  /** Local hour (0–23) of the daily digest. */
  digestHour: Scalars['Int']['output'];
  quietHours?: Maybe<QuietHours>;
  /** IANA time zone of the digest hour and quiet hours. */
  timeZone: Scalars['String']['output'];
  /** How long a message waits unread before MESSAGE_UNREAD. */
  unreadDelayMinutes: Scalars['Int']['output'];
};

/** A field left out (or null) is unchanged, except quietHours: null removes them. */
export type NotificationPreferencesInput = {
  /** The kinds to change. */
  deliveries?: InputMaybe<Array<NotificationChoiceInput>>;
  digestHour?: InputMaybe<Scalars['Int']['input']>;
  quietHours?: InputMaybe<QuietHoursInput>;
  /** An IANA time zone, e.g. Europe/Paris, America/Cayenne. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** From 5 to 10080 (a week). */
  unreadDelayMinutes?: InputMaybe<Scalars['Int']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The patient a request is about; reading it is traced. */
export type Patient = {
  __typename?: 'Patient';
  birthDate: Scalars['Date']['output'];
  /** Nom de naissance. */
  birthName: Scalars['String']['output'];
  firstNames: Scalars['String']['output'];
  /** Identifiant national de santé, when known. */
  ins?: Maybe<Scalars['String']['output']>;
  /** F, M or U (unknown). */
  sex: Scalars['String']['output'];
  /** Médecin traitant, when known. */
  treatingDoctor?: Maybe<Professional>;
  /** Nom d'usage. */
  usedName?: Maybe<Scalars['String']['output']>;
};

/** Whether the expert requires the patient's identity (REQUIRED) or accepts anonymized patients (OPTIONAL). */
export type PatientIdentityPolicy =
  | 'OPTIONAL'
  | 'REQUIRED';

/** The patient’s identity as in the national referential (INS). */
export type PatientInput = {
  birthDate: Scalars['Date']['input'];
  /** Nom de naissance. */
  birthName: Scalars['String']['input'];
  firstNames: Scalars['String']['input'];
  /** Identifiant national de santé (15 characters), when known. */
  ins?: InputMaybe<Scalars['String']['input']>;
  /** F, M or U (unknown). */
  sex: Scalars['String']['input'];
  /** The médecin traitant, when known. */
  treatingDoctorId?: InputMaybe<Scalars['ID']['input']>;
  /** Nom d'usage. */
  usedName?: InputMaybe<Scalars['String']['input']>;
};

export type PostMessageInput = {
  attachments?: InputMaybe<Array<Scalars['File']['input']>>;
  /** May be empty when files are attached. */
  body: Scalars['String']['input'];
  /** A key of the client’s choosing: posting again with it returns the first message. */
  clientMessageId?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};

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
  /** The professional's addresses and their sources: readable by that professional only (on `me`); null with FORBIDDEN for anyone else. */
  contactDetails?: Maybe<ContactDetails>;
  /** The professional's expert declaration, if they ever made one. */
  expertProfile?: Maybe<ExpertProfile>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Listed in the directory of experts. */
  isExpert: Scalars['Boolean']['output'];
  lastName: Scalars['String']['output'];
  /** The professional's notification choices: readable by that professional only (on `me`); null with FORBIDDEN for anyone else. */
  notificationPreferences?: Maybe<NotificationPreferences>;
  postalCode?: Maybe<Scalars['String']['output']>;
  /** The FINESS (9 characters) or SIRET (14 digits) of the site the professional practises at, e.g. their maison de santé: physicians of one structure bill no téléexpertise between them. */
  practiceStructureId?: Maybe<Scalars['String']['output']>;
  profession: Profession;
  /** National id (RPPS), 11 digits. */
  rpps: Scalars['String']['output'];
  /** Secure health mail (MSSanté) address. */
  secureEmail?: Maybe<Scalars['String']['output']>;
  specialty?: Maybe<Scalars['String']['output']>;
  /** The teams the professional belongs to (they also stay reachable on their own). */
  teamMemberships: Array<TeamMember>;
};

export type Query = {
  __typename?: 'Query';
  /** The caller’s own acts (or, with `onBehalfOfId`, those of a professional they are a live delegate of) dated from `from` to `to` (both included), oldest first, of the statuses given (all when left out). At most 366 days at once. */
  billingActs: Array<BillingAct>;
  /** A signed URL (valid a few minutes, for the caller only) to a CSV of the caller’s acts (or, with `onBehalfOfId`, of a professional they are a live delegate of) for the period, with their billing status, which French spreadsheets and billing tools open as is: UTF-8 with a BOM, semicolons, decimal commas, dates as DD/MM/YYYY. */
  billingExportUrl: Scalars['String']['output'];
  /** Live delegations the caller granted or received: whom they may act for, and who may act for them. */
  delegations: Array<Delegation>;
  /** Listed experts and teams together, by name (an expert by last then first name), matching every criterion as `experts` does. */
  directory: QueryDirectoryConnection;
  /** Listed experts, by last name, first name. */
  experts: ExpertConnection;
  /** The professional making the call. */
  me: Professional;
  node?: Maybe<Node>;
  nodes: Array<Maybe<Node>>;
  /** Reports transmitted to the caller as the patient’s treating doctor, in requests they do not take part in; the latest first. */
  receivedReports: QueryReceivedReportsConnection;
  /** Syntheses other professionals sent to the caller, the latest first. */
  receivedSyntheses: QueryReceivedSynthesesConnection;
  /** Before sending a request: for each act signing it would create, who bills it, the amount and, when not reimbursable, why (professions and their dates, zone, anonymization, same practice structure, the acts each professional already billed for the patient this calendar year). The check is traced. */
  reimbursementForecast: ReimbursementForecast;
  /** The caller's inbox: requests they are a party to (or, with filter.teamId, a team's queue), the latest activity first (20 a page by default); `last`/`before` page it backwards from its end (the oldest activity). */
  requests: TeleexpertiseRequestConnection;
};


export type QueryBillingActsArgs = {
  from: Scalars['Date']['input'];
  onBehalfOfId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<BillingStatus>>;
  to: Scalars['Date']['input'];
};


export type QueryBillingExportUrlArgs = {
  from: Scalars['Date']['input'];
  onBehalfOfId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};


export type QueryDirectoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryReceivedReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReceivedSynthesesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReimbursementForecastArgs = {
  expertId: Scalars['ID']['input'];
  onBehalfOfId?: InputMaybe<Scalars['ID']['input']>;
  patient?: InputMaybe<PatientInput>;
};


export type QueryRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryDirectoryConnection = {
  __typename?: 'QueryDirectoryConnection';
  edges: Array<QueryDirectoryConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryDirectoryConnectionEdge = {
  __typename?: 'QueryDirectoryConnectionEdge';
  cursor: Scalars['String']['output'];
  node: DirectoryEntry;
};

export type QueryReceivedReportsConnection = {
  __typename?: 'QueryReceivedReportsConnection';
  edges: Array<QueryReceivedReportsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryReceivedReportsConnectionEdge = {
  __typename?: 'QueryReceivedReportsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Report;
};

export type QueryReceivedSynthesesConnection = {
  __typename?: 'QueryReceivedSynthesesConnection';
  edges: Array<QueryReceivedSynthesesConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryReceivedSynthesesConnectionEdge = {
  __typename?: 'QueryReceivedSynthesesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: SharedSynthesis;
};

/** Local times (HH:MM) between which nothing is mailed; `to` before `from` ends the next day. */
export type QuietHours = {
  __typename?: 'QuietHours';
  from: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type QuietHoursInput = {
  /** HH:MM, local time. */
  from: Scalars['String']['input'];
  /** HH:MM, local time; before `from`: the next day. */
  to: Scalars['String']['input'];
};

/** Why the professional receives the report. */
export type RecipientRole =
  | 'ON_BEHALF_OF'
  | 'REQUESTER'
  | 'TREATING_DOCTOR';

/** Whether a request would be reimbursed if its report were signed today. Advisory: reports signed for the same patient in the meantime count first. A profession that may not bill a code gets no act for it. */
export type ReimbursementForecast = {
  __typename?: 'ReimbursementForecast';
  acts: Array<ReimbursementForecastAct>;
  /** Every act it would create is reimbursable (false when it would create none). */
  reimbursable: Scalars['Boolean']['output'];
};

/** An act that signing the report today would create. */
export type ReimbursementForecastAct = {
  __typename?: 'ReimbursementForecastAct';
  amountCents: Scalars['Int']['output'];
  code: BillingCode;
  /** Who would bill it. */
  professional: Professional;
  reason?: Maybe<Scalars['String']['output']>;
  reasonCode?: Maybe<NonReimbursableReason>;
  reimbursable: Scalars['Boolean']['output'];
  /** The zone whose tariff applies: that of the billing professional’s place of practice. */
  zone: TariffZone;
};

/** A signed version of the expert’s report (compte-rendu). Never changed once signed: a correction is a new version, and the earlier ones stay readable. Visible to the request’s participants and to the treating doctor it was transmitted to. */
export type Report = Node & {
  __typename?: 'Report';
  /** The expert who signed it. */
  author: Professional;
  complementaryExams?: Maybe<Scalars['String']['output']>;
  /** Reading the report’s content (conclusion, proposed treatments, complementary exams) is traced. */
  conclusion: Scalars['String']['output'];
  /** What this version corrects (versions after the first). */
  correctionReason?: Maybe<Scalars['String']['output']>;
  followUp: FollowUp;
  id: Scalars['ID']['output'];
  proposedTreatments?: Maybe<Scalars['String']['output']>;
  /** Its request: a professional who only received the report sees nothing else of it. */
  request: TeleexpertiseRequest;
  signedAt: Scalars['DateTime']['output'];
  transmissions: Array<ReportTransmission>;
  /** 1 for the first signature, then 2, 3… for corrections. */
  version: Scalars['Int']['output'];
};

/** The report delivered to one professional on one channel. */
export type ReportTransmission = {
  __typename?: 'ReportTransmission';
  /** The MSSanté address, for SECURE_EMAIL. */
  address?: Maybe<Scalars['String']['output']>;
  /** Attempts to hand the secure mail to the mail server so far (0 for IN_APP). */
  attempts: Scalars['Int']['output'];
  channel: TransmissionChannel;
  /** When the secure mail was given up (FAILED). */
  failedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last attempt failed, in words a person can act on (e.g. the address refused by the recipient’s server); null once sent. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** While QUEUED: when the secure mail will be tried (again). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  queuedAt: Scalars['DateTime']['output'];
  recipient: Professional;
  role: RecipientRole;
  /** Null while a secure mail waits in the outbox. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: TransmissionStatus;
};

/** Every criterion given must match. */
export type RequestFilter = {
  /** true: only overdue requests; false: only requests that are not. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only the requests where the caller is on this side (REQUESTER or EXPERT). */
  role?: InputMaybe<RequestRole>;
  /** Only requests in one of these statuses. */
  status?: InputMaybe<Array<RequestStatus>>;
  /** The team’s queue instead of the caller’s own requests (members only): the requests no one holds first, then the others, each by latest activity. Not with role. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** The side of a request. */
export type RequestRole =
  /** The expert: named by the requester, or the member of the team who holds the request. */
  | 'EXPERT'
  /** The requester, or the professional in whose name it was made. */
  | 'REQUESTER'
  /** viewerRole only: a member of the team the request was sent to, who does not hold it; reads it, and claims it while no one holds it. */
  | 'TEAM_MEMBER';

/** SUBMITTED → INFO_REQUESTED ⇄ SUBMITTED → ACCEPTED → REPORTED; SUBMITTED or INFO_REQUESTED → DECLINED; anything before REPORTED → WITHDRAWN. */
export type RequestStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'INFO_REQUESTED'
  | 'REPORTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** A request’s PDF synthesis as a participant sent it to another professional: visible to the recipient and to the participants. */
export type SharedSynthesis = Node & {
  __typename?: 'SharedSynthesis';
  id: Scalars['ID']['output'];
  recipient: Professional;
  /** The request: its recipient reads its id and synthesisUrl only. */
  request: TeleexpertiseRequest;
  /** SHA-256 of the PDF, hexadecimal. */
  sha256: Scalars['String']['output'];
  sharedAt: Scalars['DateTime']['output'];
  sharedBy: Professional;
  /** Bytes. */
  size: Scalars['Int']['output'];
  /** The PDF as it was sent: a signed URL valid for a few minutes, for the caller only. */
  url: Scalars['String']['output'];
};

export type SubmitReportInput = {
  complementaryExams?: InputMaybe<Scalars['String']['input']>;
  conclusion: Scalars['String']['input'];
  /** To correct a signed report: what the new version corrects. Required then, refused otherwise. */
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  followUp: FollowUp;
  proposedTreatments?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Everything that concerns the caller as it happens: new requests and messages, status changes, signed reports, deadlines. With `after` (the `position` of the last event the client has), every later event is sent first, then the live ones: each once, in order. An `after` older than the retention period is REPLAY_EXPIRED: reload the inbox and subscribe without it. */
  inbox: InboxEvent;
  /** The messages of a conversation as they are recorded, in sequence order. With `after` (the id of the last message the client has), every later message is sent first, then the live ones: nothing is missed and nothing comes twice. */
  messageAdded: Message;
  /** A request as it is now, then again after every change: status, deadline, new message, read marks. Ends with NOT_FOUND when the caller no longer takes part. */
  requestUpdated: TeleexpertiseRequest;
};


export type SubscriptionInboxArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionMessageAddedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  requestId: Scalars['ID']['input'];
};


export type SubscriptionRequestUpdatedArgs = {
  requestId: Scalars['ID']['input'];
};

/** The tariff zone of the billing professional’s place of practice: DROM for postal codes 971, 972, 973, 974 and 976 (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte), else METROPOLE. */
export type TariffZone =
  | 'DROM'
  | 'METROPOLE';

/** A team of experts (ligne d'avis: a hospital service, an ESS, a group of specialists), in the directory like an expert; readable by every professional. */
export type Team = Node & {
  __typename?: 'Team';
  /** Absences under way or to come, by start. */
  absences: Array<Absence>;
  /** false: the team takes no new request for now. */
  acceptsNewRequests: Scalars['Boolean']['output'];
  activityDescription?: Maybe<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  /** The response time the team states, in hours; null when it states none. */
  expectedResponseHours?: Maybe<Scalars['Int']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What the team will not answer. */
  limitations?: Maybe<Scalars['String']['output']>;
  /** Shown in the directory. */
  listed: Scalars['Boolean']['output'];
  /** Coordinators first, then members, each by the date they joined. */
  members: Array<TeamMember>;
  /** The caller's role in the team; null when they are not a member. */
  myRole?: Maybe<TeamRole>;
  name: Scalars['String']['output'];
  patientIdentityPolicy: PatientIdentityPolicy;
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Document templates the team asks requesters to fill in and send back. */
  prerequisiteTemplates: Array<Attachment>;
  /** Documents and information the team requires from requesters. */
  prerequisites?: Maybe<Scalars['String']['output']>;
  profession: Profession;
  specialty?: Maybe<Scalars['String']['output']>;
  /** The territory the team covers. */
  territory?: Maybe<Scalars['String']['output']>;
  tool: ExpertTool;
};

/** A team’s profile; on update, a field left out keeps its value. name and profession are required to create one. */
export type TeamInput = {
  acceptsNewRequests?: InputMaybe<Scalars['Boolean']['input']>;
  activityDescription?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  expectedResponseHours?: InputMaybe<Scalars['Int']['input']>;
  externalUrl?: InputMaybe<Scalars['String']['input']>;
  limitations?: InputMaybe<Scalars['String']['input']>;
  listed?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  patientIdentityPolicy?: InputMaybe<PatientIdentityPolicy>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  prerequisites?: InputMaybe<Scalars['String']['input']>;
  profession?: InputMaybe<Profession>;
  specialty?: InputMaybe<Scalars['String']['input']>;
  territory?: InputMaybe<Scalars['String']['input']>;
  tool?: InputMaybe<ExpertTool>;
};

/** A professional's place in a team. */
export type TeamMember = {
  __typename?: 'TeamMember';
  professional: Professional;
  role: TeamRole;
  since: Scalars['DateTime']['output'];
  team: Team;
};

/** COORDINATOR: keeps the team's profile and members; MEMBER: answers the team's requests. */
export type TeamRole =
  | 'COORDINATOR'
  | 'MEMBER';

/** A téléexpertise request (demande) and its conversation; visible to its participants only. A professional who was sent its synthesis reads `id` and `synthesisUrl`; the treating doctor it was transmitted to reads `id` and `report`; any other field is FORBIDDEN to them. */
export type TeleexpertiseRequest = Node & {
  __typename?: 'TeleexpertiseRequest';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The statuses this request can move to now (each by its side: see the mutations). */
  allowedTransitions: Array<RequestStatus>;
  /** For a request to a team: when its expert claimed it or was assigned it. */
  assignedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The acts billed when the report was signed (TE2 for the expert, RQD for the requester). */
  billingActs: Array<BillingAct>;
  /** The HAS patient-tracer grid of this request, each item with the trace records that prove it. */
  compliance: ComplianceGrid;
  consent: Consent;
  /** When the request was sent. */
  createdAt: Scalars['DateTime']['output'];
  declineReason?: Maybe<Scalars['String']['output']>;
  declinedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The deadline in force: 7 days after sending, or responseDueAt once accepted. */
  dueAt: Scalars['DateTime']['output'];
  /** The expert who answers; null while a request to a team waits in its queue (see `team`). */
  expert?: Maybe<Professional>;
  id: Scalars['ID']['output'];
  infoRequestedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The deadline passed and the expert has not answered yet. */
  isOverdue: Scalars['Boolean']['output'];
  /** The latest message or status change. */
  lastActivityAt: Scalars['DateTime']['output'];
  lastMessage?: Maybe<Message>;
  /** The conversation in sequence order; `last`/`before` read it from the latest message backwards. */
  messages: MessageConnection;
  /** The professional in whose name a delegate made it. */
  onBehalfOf?: Maybe<Professional>;
  /** Null when the requester anonymized the request. Each read is traced. */
  patient?: Maybe<Patient>;
  question: Scalars['String']['output'];
  /** The report in force (the latest signed version); null until the expert signs. */
  report?: Maybe<Report>;
  reportedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every signed version of the report, the first one first. */
  reports: Array<Report>;
  /** The account that made the request (possibly a delegate). */
  requester: Professional;
  /** The deadline the expert set on accepting. */
  responseDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The request this declined one was resubmitted as, for whoever takes part in it (else null). */
  resubmittedAs?: Maybe<TeleexpertiseRequest>;
  /** The declined request this one was resubmitted from, for whoever takes part in it (else null). */
  resubmittedFrom?: Maybe<TeleexpertiseRequest>;
  /** Who the synthesis was sent to, and when. */
  sharedSyntheses: Array<SharedSynthesis>;
  status: RequestStatus;
  /** The PDF synthesis of the whole conversation (parties, patient, consent, messages, attachments, report): a signed URL valid for a few minutes, for the caller only. For a participant it is generated at download time; for a professional it was shared with, it is the synthesis as it was sent. */
  synthesisUrl: Scalars['String']['output'];
  /** The team the request was sent to, whose members read it; null for a request to an expert. */
  team?: Maybe<Team>;
  /** Messages the caller has not read yet (their own excluded). */
  unreadCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** The caller's side of this request. */
  viewerRole: RequestRole;
  withdrawReason?: Maybe<Scalars['String']['output']>;
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};


/** A téléexpertise request (demande) and its conversation; visible to its participants only. A professional who was sent its synthesis reads `id` and `synthesisUrl`; the treating doctor it was transmitted to reads `id` and `report`; any other field is FORBIDDEN to them. */
export type TeleexpertiseRequestMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type TeleexpertiseRequestConnection = {
  __typename?: 'TeleexpertiseRequestConnection';
  edges: Array<TeleexpertiseRequestEdge>;
  pageInfo: PageInfo;
};

export type TeleexpertiseRequestEdge = {
  __typename?: 'TeleexpertiseRequestEdge';
  cursor: Scalars['String']['output'];
  node: TeleexpertiseRequest;
};

/** IN_APP: in this application; SECURE_EMAIL: a secure mail (MSSanté) with the report as a PDF. */
export type TransmissionChannel =
  | 'IN_APP'
  | 'SECURE_EMAIL';

/** QUEUED: waiting for the mail server (or to be tried again); SENT: accepted by the mail server (IN_APP: at once); FAILED: given up, see failureReason. */
export type TransmissionStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SENT';

export type MessageFieldsFragment = { __typename?: 'Message', id: string, sequence: number, kind: MessageKind, body: string, createdAt: string, clientMessageId?: string | null, author?: { __typename?: 'Professional', id: string, firstName: string, lastName: string } | null, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, mediaType: string, size: number, url: string }> } & { ' $fragmentName'?: 'MessageFieldsFragment' };

export type InboxQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RequestFilter>;
}>;


export type InboxQuery = { __typename?: 'Query', requests: { __typename?: 'TeleexpertiseRequestConnection', edges: Array<{ __typename?: 'TeleexpertiseRequestEdge', cursor: string, node: { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus, question: string, viewerRole: RequestRole, unreadCount: number, isOverdue: boolean, lastActivityAt: string, expert?: { __typename?: 'Professional', id: string, lastName: string, expertProfile?: { __typename?: 'ExpertProfile', activityDescription?: string | null, patientIdentityPolicy: PatientIdentityPolicy } | null } | null, requester: { __typename?: 'Professional', id: string, lastName: string }, lastMessage?: (
          { __typename?: 'Message' }
          & { ' $fragmentRefs'?: { 'MessageFieldsFragment': MessageFieldsFragment } }
        ) | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ConversationQueryVariables = Exact<{
  requestId: Scalars['ID']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConversationQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Absence' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'BillingAct' }
    | { __typename?: 'Delegation' }
    | { __typename?: 'ExpertProfile' }
    | { __typename?: 'Message' }
    | { __typename?: 'Professional' }
    | { __typename?: 'Report' }
    | { __typename?: 'SharedSynthesis' }
    | { __typename?: 'Team' }
    | { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus, messages: { __typename?: 'MessageConnection', edges: Array<{ __typename?: 'MessageEdge', node: (
            { __typename?: 'Message' }
            & { ' $fragmentRefs'?: { 'MessageFieldsFragment': MessageFieldsFragment } }
          ) }>, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor?: string | null } } }
   | null };

export type RequestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequestQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Absence' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'BillingAct' }
    | { __typename?: 'Delegation' }
    | { __typename?: 'ExpertProfile' }
    | { __typename?: 'Message' }
    | { __typename?: 'Professional' }
    | { __typename?: 'Report' }
    | { __typename?: 'SharedSynthesis' }
    | { __typename?: 'Team' }
    | { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus, question: string, consent: { __typename?: 'Consent', givenBy: ConsentGivenBy, collectedAt?: string | null, notCollectedReason?: string | null }, patient?: { __typename?: 'Patient', birthName: string, firstNames: string, birthDate: string } | null }
   | null };

export type PostMessageMutationVariables = Exact<{
  input: PostMessageInput;
}>;


export type PostMessageMutation = { __typename?: 'Mutation', postMessage: (
    { __typename?: 'Message' }
    & { ' $fragmentRefs'?: { 'MessageFieldsFragment': MessageFieldsFragment } }
  ) };

export type MessageAddedSubscriptionVariables = Exact<{
  requestId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MessageAddedSubscription = { __typename?: 'Subscription', messageAdded: (
    { __typename?: 'Message' }
    & { ' $fragmentRefs'?: { 'MessageFieldsFragment': MessageFieldsFragment } }
  ) };

export type InboxEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InboxEventsSubscription = { __typename?: 'Subscription', inbox: { __typename?: 'InboxEvent', kind: InboxEventKind, request: { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus, unreadCount: number }, message?: { __typename?: 'Message', id: string, sequence: number, body: string } | null } };

export const MessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<MessageFieldsFragment, unknown>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"expertProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"patientIdentityPolicy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const ConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ConversationQuery, ConversationQueryVariables>;
export const RequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Request"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notCollectedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birthName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestQuery, RequestQueryVariables>;
export const PostMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<PostMessageMutation, PostMessageMutationVariables>;
export const MessageAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MessageAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<MessageAddedSubscription, MessageAddedSubscriptionVariables>;
export const InboxEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<InboxEventsSubscription, InboxEventsSubscriptionVariables>;