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
  File: { input: any; output: any; }
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

export type WorklistActFieldsFragment = { __typename?: 'BillingAct', id: string, code: BillingCode, amountCents: number, actDate: string, reimbursable: boolean, reasonCode?: NonReimbursableReason | null, status: BillingStatus, rejectionReason?: string | null, statusChangedAt?: string | null, professional: { __typename?: 'Professional', id: string, lastName: string } };

export type WorklistQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  status?: InputMaybe<Array<BillingStatus> | BillingStatus>;
  onBehalfOfId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type WorklistQuery = { __typename?: 'Query', billingActs: Array<{ __typename?: 'BillingAct', id: string, code: BillingCode, amountCents: number, actDate: string, reimbursable: boolean, reasonCode?: NonReimbursableReason | null, status: BillingStatus, rejectionReason?: string | null, statusChangedAt?: string | null, professional: { __typename?: 'Professional', id: string, lastName: string } }> };

export type DelegateBillingExportUrlQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  onBehalfOfId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DelegateBillingExportUrlQuery = { __typename?: 'Query', billingExportUrl: string };

export type SetBillingStatusMutationVariables = Exact<{
  actId: Scalars['ID']['input'];
  status: BillingStatus;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetBillingStatusMutation = { __typename?: 'Mutation', setBillingStatus: { __typename?: 'BillingAct', id: string, code: BillingCode, amountCents: number, actDate: string, reimbursable: boolean, reasonCode?: NonReimbursableReason | null, status: BillingStatus, rejectionReason?: string | null, statusChangedAt?: string | null, professional: { __typename?: 'Professional', id: string, lastName: string } } };

export type BillingActNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BillingActNodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'Absence' }
    | { __typename: 'Attachment' }
    | { __typename: 'BillingAct', id: string, code: BillingCode, amountCents: number, actDate: string, reimbursable: boolean, reasonCode?: NonReimbursableReason | null, status: BillingStatus, rejectionReason?: string | null, statusChangedAt?: string | null, professional: { __typename?: 'Professional', id: string, lastName: string } }
    | { __typename: 'Delegation' }
    | { __typename: 'ExpertProfile' }
    | { __typename: 'Message' }
    | { __typename: 'Professional' }
    | { __typename: 'Report' }
    | { __typename: 'SharedSynthesis' }
    | { __typename: 'Team' }
    | { __typename: 'TeleexpertiseRequest' }
   | null };

export type UpdatePracticeStructureMutationVariables = Exact<{
  practiceStructureId?: InputMaybe<Scalars['String']['input']>;
}>;


export type UpdatePracticeStructureMutation = { __typename?: 'Mutation', updatePracticeStructure: { __typename?: 'Professional', id: string, practiceStructureId?: string | null } };

export type MyPracticeStructureQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPracticeStructureQuery = { __typename?: 'Query', me: { __typename?: 'Professional', id: string, practiceStructureId?: string | null } };

export type ContactDetailsFieldsFragment = { __typename?: 'ContactDetails', email?: string | null, emailSource?: ContactSource | null, secureEmail?: string | null, secureEmailSource?: ContactSource | null };

export type MyContactDetailsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyContactDetailsQuery = { __typename?: 'Query', me: { __typename?: 'Professional', id: string, secureEmail?: string | null, contactDetails?: { __typename?: 'ContactDetails', email?: string | null, emailSource?: ContactSource | null, secureEmail?: string | null, secureEmailSource?: ContactSource | null } | null } };

export type UpdateContactDetailsMutationVariables = Exact<{
  input: ContactDetailsInput;
}>;


export type UpdateContactDetailsMutation = { __typename?: 'Mutation', updateContactDetails: { __typename?: 'Professional', id: string, secureEmail?: string | null, contactDetails?: { __typename?: 'ContactDetails', email?: string | null, emailSource?: ContactSource | null, secureEmail?: string | null, secureEmailSource?: ContactSource | null } | null } };

export type ProfessionalContactDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProfessionalContactDetailsQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Absence' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'BillingAct' }
    | { __typename?: 'Delegation' }
    | { __typename?: 'ExpertProfile' }
    | { __typename?: 'Message' }
    | { __typename?: 'Professional', id: string, secureEmail?: string | null, contactDetails?: { __typename?: 'ContactDetails', email?: string | null } | null }
    | { __typename?: 'Report' }
    | { __typename?: 'SharedSynthesis' }
    | { __typename?: 'Team' }
    | { __typename?: 'TeleexpertiseRequest' }
   | null };

export type ProfessionalFieldsFragment = { __typename?: 'Professional', id: string, rpps: string, firstName: string, lastName: string, profession: Profession, specialty?: string | null, city?: string | null, postalCode?: string | null, isExpert: boolean };

export type ExpertProfileFieldsFragment = { __typename?: 'ExpertProfile', id: string, listed: boolean, activityDescription?: string | null, limitations?: string | null, prerequisites?: string | null, tool: ExpertTool, externalUrl?: string | null, patientIdentityPolicy: PatientIdentityPolicy };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Professional', id: string, rpps: string, firstName: string, lastName: string, profession: Profession, specialty?: string | null, city?: string | null, postalCode?: string | null, isExpert: boolean, expertProfile?: { __typename?: 'ExpertProfile', id: string, listed: boolean, activityDescription?: string | null, limitations?: string | null, prerequisites?: string | null, tool: ExpertTool, externalUrl?: string | null, patientIdentityPolicy: PatientIdentityPolicy } | null } };

export type ExpertsQueryVariables = Exact<{
  filter?: InputMaybe<ExpertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExpertsQuery = { __typename?: 'Query', experts: { __typename?: 'ExpertConnection', edges: Array<{ __typename?: 'ExpertEdge', cursor: string, node: { __typename?: 'Professional', id: string, rpps: string, firstName: string, lastName: string, profession: Profession, specialty?: string | null, city?: string | null, postalCode?: string | null, isExpert: boolean, expertProfile?: { __typename?: 'ExpertProfile', id: string, listed: boolean, activityDescription?: string | null, limitations?: string | null, prerequisites?: string | null, tool: ExpertTool, externalUrl?: string | null, patientIdentityPolicy: PatientIdentityPolicy } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type UpdateExpertProfileMutationVariables = Exact<{
  input: ExpertProfileInput;
}>;


export type UpdateExpertProfileMutation = { __typename?: 'Mutation', updateExpertProfile: { __typename?: 'ExpertProfile', id: string, listed: boolean, activityDescription?: string | null, limitations?: string | null, prerequisites?: string | null, tool: ExpertTool, externalUrl?: string | null, patientIdentityPolicy: PatientIdentityPolicy } };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'Absence', id: string }
    | { __typename: 'Attachment', id: string }
    | { __typename: 'BillingAct', id: string }
    | { __typename: 'Delegation', id: string }
    | { __typename: 'ExpertProfile', listed: boolean, id: string, professional: { __typename?: 'Professional', id: string } }
    | { __typename: 'Message', id: string }
    | { __typename: 'Professional', lastName: string, id: string }
    | { __typename: 'Report', id: string }
    | { __typename: 'SharedSynthesis', id: string }
    | { __typename: 'Team', id: string }
    | { __typename: 'TeleexpertiseRequest', id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodesQuery = { __typename?: 'Query', nodes: Array<
    | { __typename: 'Absence', id: string }
    | { __typename: 'Attachment', id: string }
    | { __typename: 'BillingAct', id: string }
    | { __typename: 'Delegation', id: string }
    | { __typename: 'ExpertProfile', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'Professional', lastName: string, id: string }
    | { __typename: 'Report', id: string }
    | { __typename: 'SharedSynthesis', id: string }
    | { __typename: 'Team', id: string }
    | { __typename: 'TeleexpertiseRequest', id: string }
   | null> };

export type MessageAddedSubscriptionVariables = Exact<{
  requestId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MessageAddedSubscription = { __typename?: 'Subscription', messageAdded: { __typename?: 'Message', id: string, sequence: number, kind: MessageKind, body: string, status?: RequestStatus | null, clientMessageId?: string | null, createdAt: string, author?: { __typename?: 'Professional', id: string, lastName: string } | null, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, mediaType: string, size: number, sha256: string, url: string }> } };

export type RequestUpdatedSubscriptionVariables = Exact<{
  requestId: Scalars['ID']['input'];
}>;


export type RequestUpdatedSubscription = { __typename?: 'Subscription', requestUpdated: { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus, unreadCount: number, isOverdue: boolean, dueAt: string, lastMessage?: { __typename?: 'Message', id: string, sequence: number, body: string } | null } };

export type InboxEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InboxEventsSubscription = { __typename?: 'Subscription', inbox: { __typename?: 'InboxEvent', kind: InboxEventKind, request: { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus, viewerRole: RequestRole, isOverdue: boolean, unreadCount: number }, message?: { __typename?: 'Message', id: string, sequence: number, kind: MessageKind, body: string, author?: { __typename?: 'Professional', id: string } | null } | null } };

export type InboxReportsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InboxReportsSubscription = { __typename?: 'Subscription', inbox: { __typename?: 'InboxEvent', kind: InboxEventKind, request: { __typename?: 'TeleexpertiseRequest', id: string }, message?: { __typename?: 'Message', id: string, kind: MessageKind } | null, report?: { __typename?: 'Report', id: string, version: number, conclusion: string } | null, synthesis?: { __typename?: 'SharedSynthesis', id: string, url: string } | null } };

export type InboxSinceSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['Int']['input']>;
}>;


export type InboxSinceSubscription = { __typename?: 'Subscription', inbox: { __typename?: 'InboxEvent', position: number, kind: InboxEventKind, request: { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus }, message?: { __typename?: 'Message', id: string, sequence: number, body: string } | null } };

export type InboxReportEventsSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['Int']['input']>;
}>;


export type InboxReportEventsSubscription = { __typename?: 'Subscription', inbox: { __typename?: 'InboxEvent', position: number, kind: InboxEventKind, request: { __typename?: 'TeleexpertiseRequest', id: string }, report?: { __typename?: 'Report', id: string, version: number } | null } };

export type NotificationPreferencesFieldsFragment = { __typename?: 'NotificationPreferences', timeZone: string, digestHour: number, unreadDelayMinutes: number, deliveries: Array<{ __typename?: 'NotificationChoice', kind: NotificationKind, delivery: NotificationDelivery }>, quietHours?: { __typename?: 'QuietHours', from: string, to: string } | null };

export type MyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationPreferencesQuery = { __typename?: 'Query', me: { __typename?: 'Professional', id: string, notificationPreferences?: { __typename?: 'NotificationPreferences', timeZone: string, digestHour: number, unreadDelayMinutes: number, deliveries: Array<{ __typename?: 'NotificationChoice', kind: NotificationKind, delivery: NotificationDelivery }>, quietHours?: { __typename?: 'QuietHours', from: string, to: string } | null } | null } };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { __typename?: 'Mutation', updateNotificationPreferences: { __typename?: 'Professional', id: string, notificationPreferences?: { __typename?: 'NotificationPreferences', timeZone: string, digestHour: number, unreadDelayMinutes: number, deliveries: Array<{ __typename?: 'NotificationChoice', kind: NotificationKind, delivery: NotificationDelivery }>, quietHours?: { __typename?: 'QuietHours', from: string, to: string } | null } | null } };

export type ProfessionalNotificationPreferencesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProfessionalNotificationPreferencesQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Absence' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'BillingAct' }
    | { __typename?: 'Delegation' }
    | { __typename?: 'ExpertProfile' }
    | { __typename?: 'Message' }
    | { __typename?: 'Professional', lastName: string, notificationPreferences?: { __typename?: 'NotificationPreferences', timeZone: string } | null }
    | { __typename?: 'Report' }
    | { __typename?: 'SharedSynthesis' }
    | { __typename?: 'Team' }
    | { __typename?: 'TeleexpertiseRequest' }
   | null };

export type ReportFieldsFragment = { __typename?: 'Report', id: string, version: number, conclusion: string, proposedTreatments?: string | null, complementaryExams?: string | null, followUp: FollowUp, correctionReason?: string | null, signedAt: string, author: { __typename?: 'Professional', id: string, lastName: string }, transmissions: Array<{ __typename?: 'ReportTransmission', role: RecipientRole, channel: TransmissionChannel, address?: string | null, queuedAt: string, sentAt?: string | null, recipient: { __typename?: 'Professional', id: string, lastName: string } }> };

export type BillingActFieldsFragment = { __typename?: 'BillingAct', id: string, code: BillingCode, amountCents: number, actDate: string, reimbursable: boolean, reasonCode?: NonReimbursableReason | null, reason?: string | null, status: BillingStatus, rejectionReason?: string | null, professional: { __typename?: 'Professional', id: string, lastName: string }, request: { __typename?: 'TeleexpertiseRequest', id: string } };

export type SubmitReportMutationVariables = Exact<{
  input: SubmitReportInput;
}>;


export type SubmitReportMutation = { __typename?: 'Mutation', submitReport: { __typename?: 'Report', id: string, version: number, conclusion: string, proposedTreatments?: string | null, complementaryExams?: string | null, followUp: FollowUp, correctionReason?: string | null, signedAt: string, author: { __typename?: 'Professional', id: string, lastName: string }, transmissions: Array<{ __typename?: 'ReportTransmission', role: RecipientRole, channel: TransmissionChannel, address?: string | null, queuedAt: string, sentAt?: string | null, recipient: { __typename?: 'Professional', id: string, lastName: string } }> } };

export type RequestReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequestReportQuery = { __typename?: 'Query', node?:
    | { __typename: 'Absence' }
    | { __typename: 'Attachment' }
    | { __typename: 'BillingAct' }
    | { __typename: 'Delegation' }
    | { __typename: 'ExpertProfile' }
    | { __typename: 'Message' }
    | { __typename: 'Professional' }
    | { __typename: 'Report' }
    | { __typename: 'SharedSynthesis' }
    | { __typename: 'Team' }
    | { __typename: 'TeleexpertiseRequest', id: string, status: RequestStatus, reportedAt?: string | null, report?: { __typename?: 'Report', id: string, version: number, conclusion: string, proposedTreatments?: string | null, complementaryExams?: string | null, followUp: FollowUp, correctionReason?: string | null, signedAt: string, author: { __typename?: 'Professional', id: string, lastName: string }, transmissions: Array<{ __typename?: 'ReportTransmission', role: RecipientRole, channel: TransmissionChannel, address?: string | null, queuedAt: string, sentAt?: string | null, recipient: { __typename?: 'Professional', id: string, lastName: string } }> } | null, reports: Array<{ __typename?: 'Report', id: string, version: number, conclusion: string, proposedTreatments?: string | null, complementaryExams?: string | null, followUp: FollowUp, correctionReason?: string | null, signedAt: string, author: { __typename?: 'Professional', id: string, lastName: string }, transmissions: Array<{ __typename?: 'ReportTransmission', role: RecipientRole, channel: TransmissionChannel, address?: string | null, queuedAt: string, sentAt?: string | null, recipient: { __typename?: 'Professional', id: string, lastName: string } }> }>, billingActs: Array<{ __typename?: 'BillingAct', id: string, code: BillingCode, amountCents: number, actDate: string, reimbursable: boolean, reasonCode?: NonReimbursableReason | null, reason?: string | null, status: BillingStatus, rejectionReason?: string | null, professional: { __typename?: 'Professional', id: string, lastName: string }, request: { __typename?: 'TeleexpertiseRequest', id: string } }> }
   | null };

export type ReportByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportByIdQuery = { __typename?: 'Query', node?:
    | { __typename: 'Absence' }
    | { __typename: 'Attachment' }
    | { __typename: 'BillingAct' }
    | { __typename: 'Delegation' }
    | { __typename: 'ExpertProfile' }
    | { __typename: 'Message' }
    | { __typename: 'Professional' }
    | { __typename: 'Report', id: string, version: number, conclusion: string, proposedTreatments?: string | null, complementaryExams?: string | null, followUp: FollowUp, correctionReason?: string | null, signedAt: string, author: { __typename?: 'Professional', id: string, lastName: string }, transmissions: Array<{ __typename?: 'ReportTransmission', role: RecipientRole, channel: TransmissionChannel, address?: string | null, queuedAt: string, sentAt?: string | null, recipient: { __typename?: 'Professional', id: string, lastName: string } }> }
    | { __typename: 'SharedSynthesis' }
    | { __typename: 'Team' }
    | { __typename: 'TeleexpertiseRequest' }
   | null };

export type BillingActsQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type BillingActsQuery = { __typename?: 'Query', billingActs: Array<{ __typename?: 'BillingAct', id: string, code: BillingCode, amountCents: number, actDate: string, reimbursable: boolean, reasonCode?: NonReimbursableReason | null, reason?: string | null, status: BillingStatus, rejectionReason?: string | null, professional: { __typename?: 'Professional', id: string, lastName: string }, request: { __typename?: 'TeleexpertiseRequest', id: string } }> };

export type BillingExportUrlQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type BillingExportUrlQuery = { __typename?: 'Query', billingExportUrl: string };

export type ReimbursementForecastQueryVariables = Exact<{
  expertId: Scalars['ID']['input'];
  onBehalfOfId?: InputMaybe<Scalars['ID']['input']>;
  patient?: InputMaybe<PatientInput>;
}>;


export type ReimbursementForecastQuery = { __typename?: 'Query', reimbursementForecast: { __typename?: 'ReimbursementForecast', reimbursable: boolean, acts: Array<{ __typename?: 'ReimbursementForecastAct', code: BillingCode, amountCents: number, zone: TariffZone, reimbursable: boolean, reasonCode?: NonReimbursableReason | null, reason?: string | null, professional: { __typename?: 'Professional', id: string, lastName: string } }> } };

export type SynthesisUrlQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SynthesisUrlQuery = { __typename?: 'Query', node?:
    | { __typename: 'Absence' }
    | { __typename: 'Attachment' }
    | { __typename: 'BillingAct' }
    | { __typename: 'Delegation' }
    | { __typename: 'ExpertProfile' }
    | { __typename: 'Message' }
    | { __typename: 'Professional' }
    | { __typename: 'Report' }
    | { __typename: 'SharedSynthesis' }
    | { __typename: 'Team' }
    | { __typename: 'TeleexpertiseRequest', id: string, synthesisUrl: string }
   | null };

export type RequestAsRecipientQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequestAsRecipientQuery = { __typename?: 'Query', node?:
    | { __typename: 'Absence' }
    | { __typename: 'Attachment' }
    | { __typename: 'BillingAct' }
    | { __typename: 'Delegation' }
    | { __typename: 'ExpertProfile' }
    | { __typename: 'Message' }
    | { __typename: 'Professional' }
    | { __typename: 'Report' }
    | { __typename: 'SharedSynthesis' }
    | { __typename: 'Team' }
    | { __typename: 'TeleexpertiseRequest', id: string, report?: { __typename?: 'Report', id: string, conclusion: string } | null }
   | null };

export type RequestQuestionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequestQuestionQuery = { __typename?: 'Query', node?:
    | { __typename: 'Absence' }
    | { __typename: 'Attachment' }
    | { __typename: 'BillingAct' }
    | { __typename: 'Delegation' }
    | { __typename: 'ExpertProfile' }
    | { __typename: 'Message' }
    | { __typename: 'Professional' }
    | { __typename: 'Report' }
    | { __typename: 'SharedSynthesis' }
    | { __typename: 'Team' }
    | { __typename: 'TeleexpertiseRequest', id: string, question: string }
   | null };

export type ShareSynthesisMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  recipientId: Scalars['ID']['input'];
}>;


export type ShareSynthesisMutation = { __typename?: 'Mutation', shareSynthesis: { __typename?: 'TeleexpertiseRequest', id: string, sharedSyntheses: Array<{ __typename?: 'SharedSynthesis', id: string, sharedAt: string, size: number, url: string, recipient: { __typename?: 'Professional', id: string, lastName: string }, sharedBy: { __typename?: 'Professional', id: string, lastName: string } }> } };

export type ReceivedSynthesesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReceivedSynthesesQuery = { __typename?: 'Query', receivedSyntheses: { __typename?: 'QueryReceivedSynthesesConnection', edges: Array<{ __typename?: 'QueryReceivedSynthesesConnectionEdge', node: { __typename?: 'SharedSynthesis', id: string, sharedAt: string, url: string, sharedBy: { __typename?: 'Professional', lastName: string }, request: { __typename?: 'TeleexpertiseRequest', id: string, synthesisUrl: string } } }> } };

export type ComplianceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ComplianceQuery = { __typename?: 'Query', node?:
    | { __typename: 'Absence' }
    | { __typename: 'Attachment' }
    | { __typename: 'BillingAct' }
    | { __typename: 'Delegation' }
    | { __typename: 'ExpertProfile' }
    | { __typename: 'Message' }
    | { __typename: 'Professional' }
    | { __typename: 'Report' }
    | { __typename: 'SharedSynthesis' }
    | { __typename: 'Team' }
    | { __typename: 'TeleexpertiseRequest', id: string, status: RequestStatus, compliance: { __typename?: 'ComplianceGrid', complete: boolean, notAssessed: Array<string>, parts: Array<{ __typename?: 'CompliancePart', part: CompliancePartKind, title: string, items: Array<{ __typename?: 'ComplianceItem', code: ComplianceItemCode, label: string, status: ComplianceStatus, satisfied: boolean, explanation: string, evidence: Array<{ __typename?: 'ComplianceEvidence', action: string, at: string, actor?: { __typename?: 'Professional', id: string, lastName: string } | null }> }> }> } }
   | null };

export type RequestBeyondWhatWasSentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequestBeyondWhatWasSentQuery = { __typename?: 'Query', node?:
    | { __typename: 'Absence' }
    | { __typename: 'Attachment' }
    | { __typename: 'BillingAct' }
    | { __typename: 'Delegation' }
    | { __typename: 'ExpertProfile' }
    | { __typename: 'Message' }
    | { __typename: 'Professional' }
    | { __typename: 'Report' }
    | { __typename: 'SharedSynthesis' }
    | { __typename: 'Team' }
    | { __typename: 'TeleexpertiseRequest', id: string, status: RequestStatus, messages: { __typename?: 'MessageConnection', edges: Array<{ __typename?: 'MessageEdge', node: { __typename?: 'Message', body: string } }> }, compliance: { __typename?: 'ComplianceGrid', complete: boolean }, billingActs: Array<{ __typename?: 'BillingAct', id: string }>, reports: Array<{ __typename?: 'Report', id: string }>, sharedSyntheses: Array<{ __typename?: 'SharedSynthesis', id: string }> }
   | null };

export type ReportedInboxQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReportedInboxQuery = { __typename?: 'Query', requests: { __typename?: 'TeleexpertiseRequestConnection', edges: Array<{ __typename?: 'TeleexpertiseRequestEdge', node: { __typename?: 'TeleexpertiseRequest', id: string, report?: { __typename?: 'Report', id: string, conclusion: string, transmissions: Array<{ __typename?: 'ReportTransmission', channel: TransmissionChannel, recipient: { __typename?: 'Professional', lastName: string } }> } | null, billingActs: Array<{ __typename?: 'BillingAct', code: BillingCode, amountCents: number, reimbursable: boolean }>, compliance: { __typename?: 'ComplianceGrid', complete: boolean, parts: Array<{ __typename?: 'CompliancePart', items: Array<{ __typename?: 'ComplianceItem', code: ComplianceItemCode, status: ComplianceStatus, evidence: Array<{ __typename?: 'ComplianceEvidence', action: string, actor?: { __typename?: 'Professional', lastName: string } | null }> }> }> } } }> } };

export type ReceivedReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReceivedReportsQuery = { __typename?: 'Query', receivedReports: { __typename?: 'QueryReceivedReportsConnection', edges: Array<{ __typename?: 'QueryReceivedReportsConnectionEdge', node: { __typename?: 'Report', id: string, version: number, conclusion: string, request: { __typename?: 'TeleexpertiseRequest', id: string } } }> } };

export type ReportTransmissionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportTransmissionsQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Absence' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'BillingAct' }
    | { __typename?: 'Delegation' }
    | { __typename?: 'ExpertProfile' }
    | { __typename?: 'Message' }
    | { __typename?: 'Professional' }
    | { __typename?: 'Report', version: number, transmissions: Array<{ __typename?: 'ReportTransmission', channel: TransmissionChannel, address?: string | null, status: TransmissionStatus, attempts: number, failureReason?: string | null, failedAt?: string | null, nextAttemptAt?: string | null, sentAt?: string | null }> }
    | { __typename?: 'SharedSynthesis' }
    | { __typename?: 'Team' }
    | { __typename?: 'TeleexpertiseRequest' }
   | null };

export type AttachmentFieldsFragment = { __typename?: 'Attachment', id: string, fileName: string, mediaType: string, size: number, sha256: string, url: string };

export type MessageFieldsFragment = { __typename?: 'Message', id: string, sequence: number, kind: MessageKind, body: string, status?: RequestStatus | null, clientMessageId?: string | null, createdAt: string, author?: { __typename?: 'Professional', id: string, lastName: string } | null, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, mediaType: string, size: number, sha256: string, url: string }> };

export type RequestFieldsFragment = { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus, question: string, viewerRole: RequestRole, isOverdue: boolean, unreadCount: number, dueAt: string, responseDueAt?: string | null, allowedTransitions: Array<RequestStatus>, declineReason?: string | null, withdrawReason?: string | null, createdAt: string, lastActivityAt: string, expert?: { __typename?: 'Professional', id: string, lastName: string } | null, requester: { __typename?: 'Professional', id: string, lastName: string }, onBehalfOf?: { __typename?: 'Professional', id: string, lastName: string } | null, consent: { __typename?: 'Consent', givenBy: ConsentGivenBy, collectedAt?: string | null, notCollectedReason?: string | null }, lastMessage?: { __typename?: 'Message', id: string, sequence: number, kind: MessageKind, body: string } | null };

export type CreateRequestMutationVariables = Exact<{
  input: CreateRequestInput;
}>;


export type CreateRequestMutation = { __typename?: 'Mutation', createRequest: { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus, question: string, viewerRole: RequestRole, isOverdue: boolean, unreadCount: number, dueAt: string, responseDueAt?: string | null, allowedTransitions: Array<RequestStatus>, declineReason?: string | null, withdrawReason?: string | null, createdAt: string, lastActivityAt: string, patient?: { __typename?: 'Patient', birthName: string, usedName?: string | null, firstNames: string, birthDate: string, sex: string, ins?: string | null, treatingDoctor?: { __typename?: 'Professional', id: string } | null } | null, messages: { __typename?: 'MessageConnection', edges: Array<{ __typename?: 'MessageEdge', node: { __typename?: 'Message', id: string, sequence: number, kind: MessageKind, body: string, status?: RequestStatus | null, clientMessageId?: string | null, createdAt: string, author?: { __typename?: 'Professional', id: string, lastName: string } | null, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, mediaType: string, size: number, sha256: string, url: string }> } }> }, expert?: { __typename?: 'Professional', id: string, lastName: string } | null, requester: { __typename?: 'Professional', id: string, lastName: string }, onBehalfOf?: { __typename?: 'Professional', id: string, lastName: string } | null, consent: { __typename?: 'Consent', givenBy: ConsentGivenBy, collectedAt?: string | null, notCollectedReason?: string | null }, lastMessage?: { __typename?: 'Message', id: string, sequence: number, kind: MessageKind, body: string } | null } };

export type PostMessageMutationVariables = Exact<{
  input: PostMessageInput;
}>;


export type PostMessageMutation = { __typename?: 'Mutation', postMessage: { __typename?: 'Message', id: string, sequence: number, kind: MessageKind, body: string, status?: RequestStatus | null, clientMessageId?: string | null, createdAt: string, request: { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus }, author?: { __typename?: 'Professional', id: string, lastName: string } | null, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, mediaType: string, size: number, sha256: string, url: string }> } };

export type MarkReadMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  upTo: Scalars['ID']['input'];
}>;


export type MarkReadMutation = { __typename?: 'Mutation', markRead: { __typename?: 'TeleexpertiseRequest', id: string, unreadCount: number } };

export type RequestInformationMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  message: Scalars['String']['input'];
}>;


export type RequestInformationMutation = { __typename?: 'Mutation', requestInformation: { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus, question: string, viewerRole: RequestRole, isOverdue: boolean, unreadCount: number, dueAt: string, responseDueAt?: string | null, allowedTransitions: Array<RequestStatus>, declineReason?: string | null, withdrawReason?: string | null, createdAt: string, lastActivityAt: string, expert?: { __typename?: 'Professional', id: string, lastName: string } | null, requester: { __typename?: 'Professional', id: string, lastName: string }, onBehalfOf?: { __typename?: 'Professional', id: string, lastName: string } | null, consent: { __typename?: 'Consent', givenBy: ConsentGivenBy, collectedAt?: string | null, notCollectedReason?: string | null }, lastMessage?: { __typename?: 'Message', id: string, sequence: number, kind: MessageKind, body: string } | null } };

export type AcceptRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  responseDueAt: Scalars['DateTime']['input'];
}>;


export type AcceptRequestMutation = { __typename?: 'Mutation', acceptRequest: { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus, question: string, viewerRole: RequestRole, isOverdue: boolean, unreadCount: number, dueAt: string, responseDueAt?: string | null, allowedTransitions: Array<RequestStatus>, declineReason?: string | null, withdrawReason?: string | null, createdAt: string, lastActivityAt: string, expert?: { __typename?: 'Professional', id: string, lastName: string } | null, requester: { __typename?: 'Professional', id: string, lastName: string }, onBehalfOf?: { __typename?: 'Professional', id: string, lastName: string } | null, consent: { __typename?: 'Consent', givenBy: ConsentGivenBy, collectedAt?: string | null, notCollectedReason?: string | null }, lastMessage?: { __typename?: 'Message', id: string, sequence: number, kind: MessageKind, body: string } | null } };

export type DeclineRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type DeclineRequestMutation = { __typename?: 'Mutation', declineRequest: { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus, question: string, viewerRole: RequestRole, isOverdue: boolean, unreadCount: number, dueAt: string, responseDueAt?: string | null, allowedTransitions: Array<RequestStatus>, declineReason?: string | null, withdrawReason?: string | null, createdAt: string, lastActivityAt: string, expert?: { __typename?: 'Professional', id: string, lastName: string } | null, requester: { __typename?: 'Professional', id: string, lastName: string }, onBehalfOf?: { __typename?: 'Professional', id: string, lastName: string } | null, consent: { __typename?: 'Consent', givenBy: ConsentGivenBy, collectedAt?: string | null, notCollectedReason?: string | null }, lastMessage?: { __typename?: 'Message', id: string, sequence: number, kind: MessageKind, body: string } | null } };

export type WithdrawRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type WithdrawRequestMutation = { __typename?: 'Mutation', withdrawRequest: { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus, question: string, viewerRole: RequestRole, isOverdue: boolean, unreadCount: number, dueAt: string, responseDueAt?: string | null, allowedTransitions: Array<RequestStatus>, declineReason?: string | null, withdrawReason?: string | null, createdAt: string, lastActivityAt: string, expert?: { __typename?: 'Professional', id: string, lastName: string } | null, requester: { __typename?: 'Professional', id: string, lastName: string }, onBehalfOf?: { __typename?: 'Professional', id: string, lastName: string } | null, consent: { __typename?: 'Consent', givenBy: ConsentGivenBy, collectedAt?: string | null, notCollectedReason?: string | null }, lastMessage?: { __typename?: 'Message', id: string, sequence: number, kind: MessageKind, body: string } | null } };

export type GrantDelegationMutationVariables = Exact<{
  delegateId: Scalars['ID']['input'];
}>;


export type GrantDelegationMutation = { __typename?: 'Mutation', grantDelegation: { __typename?: 'Delegation', id: string, live: boolean, delegator: { __typename?: 'Professional', id: string }, delegate: { __typename?: 'Professional', id: string } } };

export type RevokeDelegationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeDelegationMutation = { __typename?: 'Mutation', revokeDelegation: { __typename?: 'Delegation', id: string, live: boolean, revokedAt?: string | null } };

export type DelegationsQueryVariables = Exact<{ [key: string]: never; }>;


export type DelegationsQuery = { __typename?: 'Query', delegations: Array<{ __typename?: 'Delegation', id: string, live: boolean, delegator: { __typename?: 'Professional', id: string }, delegate: { __typename?: 'Professional', id: string } }> };

export type InboxQueryVariables = Exact<{
  filter?: InputMaybe<RequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type InboxQuery = { __typename?: 'Query', requests: { __typename?: 'TeleexpertiseRequestConnection', edges: Array<{ __typename?: 'TeleexpertiseRequestEdge', cursor: string, node: { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus, question: string, viewerRole: RequestRole, isOverdue: boolean, unreadCount: number, dueAt: string, responseDueAt?: string | null, allowedTransitions: Array<RequestStatus>, declineReason?: string | null, withdrawReason?: string | null, createdAt: string, lastActivityAt: string, patient?: { __typename?: 'Patient', birthName: string, firstNames: string } | null, expert?: { __typename?: 'Professional', id: string, lastName: string } | null, requester: { __typename?: 'Professional', id: string, lastName: string }, onBehalfOf?: { __typename?: 'Professional', id: string, lastName: string } | null, consent: { __typename?: 'Consent', givenBy: ConsentGivenBy, collectedAt?: string | null, notCollectedReason?: string | null }, lastMessage?: { __typename?: 'Message', id: string, sequence: number, kind: MessageKind, body: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null, startCursor?: string | null } } };

export type ConversationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
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
    | { __typename?: 'TeleexpertiseRequest', id: string, messages: { __typename?: 'MessageConnection', edges: Array<{ __typename?: 'MessageEdge', cursor: string, node: { __typename?: 'Message', id: string, sequence: number, kind: MessageKind, body: string, status?: RequestStatus | null, clientMessageId?: string | null, createdAt: string, author?: { __typename?: 'Professional', id: string, lastName: string } | null, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, mediaType: string, size: number, sha256: string, url: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null, startCursor?: string | null } } }
   | null };

export type RequestByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequestByIdQuery = { __typename?: 'Query', node?:
    | { __typename: 'Absence', id: string }
    | { __typename: 'Attachment', id: string }
    | { __typename: 'BillingAct', id: string }
    | { __typename: 'Delegation', id: string }
    | { __typename: 'ExpertProfile', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'Professional', id: string }
    | { __typename: 'Report', id: string }
    | { __typename: 'SharedSynthesis', id: string }
    | { __typename: 'Team', id: string }
    | { __typename: 'TeleexpertiseRequest', id: string, status: RequestStatus, question: string, viewerRole: RequestRole, isOverdue: boolean, unreadCount: number, dueAt: string, responseDueAt?: string | null, allowedTransitions: Array<RequestStatus>, declineReason?: string | null, withdrawReason?: string | null, createdAt: string, lastActivityAt: string, patient?: { __typename?: 'Patient', birthName: string } | null, expert?: { __typename?: 'Professional', id: string, lastName: string } | null, requester: { __typename?: 'Professional', id: string, lastName: string }, onBehalfOf?: { __typename?: 'Professional', id: string, lastName: string } | null, consent: { __typename?: 'Consent', givenBy: ConsentGivenBy, collectedAt?: string | null, notCollectedReason?: string | null }, lastMessage?: { __typename?: 'Message', id: string, sequence: number, kind: MessageKind, body: string } | null }
   | null };

export type MessageByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MessageByIdQuery = { __typename?: 'Query', node?:
    | { __typename: 'Absence', id: string }
    | { __typename: 'Attachment', id: string }
    | { __typename: 'BillingAct', id: string }
    | { __typename: 'Delegation', id: string }
    | { __typename: 'ExpertProfile', id: string }
    | { __typename: 'Message', body: string, id: string }
    | { __typename: 'Professional', id: string }
    | { __typename: 'Report', id: string }
    | { __typename: 'SharedSynthesis', id: string }
    | { __typename: 'Team', id: string }
    | { __typename: 'TeleexpertiseRequest', id: string }
   | null };

export type AttachmentByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AttachmentByIdQuery = { __typename?: 'Query', node?:
    | { __typename: 'Absence', id: string }
    | { __typename: 'Attachment', url: string, id: string }
    | { __typename: 'BillingAct', id: string }
    | { __typename: 'Delegation', id: string }
    | { __typename: 'ExpertProfile', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'Professional', id: string }
    | { __typename: 'Report', id: string }
    | { __typename: 'SharedSynthesis', id: string }
    | { __typename: 'Team', id: string }
    | { __typename: 'TeleexpertiseRequest', id: string }
   | null };

export type AddPrerequisiteTemplateMutationVariables = Exact<{
  file: Scalars['File']['input'];
}>;


export type AddPrerequisiteTemplateMutation = { __typename?: 'Mutation', addPrerequisiteTemplate: { __typename?: 'ExpertProfile', prerequisiteTemplates: Array<{ __typename?: 'Attachment', id: string, fileName: string, mediaType: string, size: number, sha256: string, url: string }> } };

export type RemovePrerequisiteTemplateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemovePrerequisiteTemplateMutation = { __typename?: 'Mutation', removePrerequisiteTemplate: { __typename?: 'ExpertProfile', prerequisiteTemplates: Array<{ __typename?: 'Attachment', id: string }> } };

export type CreateTeamRequestMutationVariables = Exact<{
  input: CreateRequestInput;
}>;


export type CreateTeamRequestMutation = { __typename?: 'Mutation', createRequest: { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus, viewerRole: RequestRole, assignedAt?: string | null, expert?: { __typename?: 'Professional', id: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null, messages: { __typename?: 'MessageConnection', edges: Array<{ __typename?: 'MessageEdge', node: { __typename?: 'Message', kind: MessageKind, body: string, author?: { __typename?: 'Professional', id: string } | null, attachments: Array<{ __typename?: 'Attachment', fileName: string }> } }> } } };

export type TeamQueueQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type TeamQueueQuery = { __typename?: 'Query', requests: { __typename?: 'TeleexpertiseRequestConnection', edges: Array<{ __typename?: 'TeleexpertiseRequestEdge', cursor: string, node: { __typename?: 'TeleexpertiseRequest', id: string, viewerRole: RequestRole, unreadCount: number, expert?: { __typename?: 'Professional', id: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export type TeamRequestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TeamRequestQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Absence', id: string }
    | { __typename?: 'Attachment', id: string }
    | { __typename?: 'BillingAct', id: string }
    | { __typename?: 'Delegation', id: string }
    | { __typename?: 'ExpertProfile', id: string }
    | { __typename?: 'Message', id: string }
    | { __typename?: 'Professional', id: string }
    | { __typename?: 'Report', id: string }
    | { __typename?: 'SharedSynthesis', id: string }
    | { __typename?: 'Team', id: string }
    | { __typename?: 'TeleexpertiseRequest', status: RequestStatus, viewerRole: RequestRole, unreadCount: number, id: string, expert?: { __typename?: 'Professional', id: string, lastName: string } | null, team?: { __typename?: 'Team', id: string } | null, messages: { __typename?: 'MessageConnection', edges: Array<{ __typename?: 'MessageEdge', node: { __typename?: 'Message', id: string, kind: MessageKind, body: string, attachments: Array<{ __typename?: 'Attachment', url: string }> } }> } }
   | null };

export type ClaimRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
}>;


export type ClaimRequestMutation = { __typename?: 'Mutation', claimRequest: { __typename?: 'TeleexpertiseRequest', id: string, viewerRole: RequestRole, assignedAt?: string | null, unreadCount: number, expert?: { __typename?: 'Professional', id: string, lastName: string } | null } };

export type AssignRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  expertId: Scalars['ID']['input'];
}>;


export type AssignRequestMutation = { __typename?: 'Mutation', assignRequest: { __typename?: 'TeleexpertiseRequest', id: string, viewerRole: RequestRole, expert?: { __typename?: 'Professional', id: string } | null } };

export type TeamInboxSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TeamInboxSubscription = { __typename?: 'Subscription', inbox: { __typename?: 'InboxEvent', kind: InboxEventKind, request: { __typename?: 'TeleexpertiseRequest', id: string, viewerRole: RequestRole, expert?: { __typename?: 'Professional', id: string } | null }, message?: { __typename?: 'Message', kind: MessageKind, body: string } | null } };

export type RedirectRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  expertId?: InputMaybe<Scalars['ID']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
}>;


export type RedirectRequestMutation = { __typename?: 'Mutation', redirectRequest?: { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus, viewerRole: RequestRole, dueAt: string, expert?: { __typename?: 'Professional', id: string } | null, team?: { __typename?: 'Team', id: string } | null } | null };

export type HandOverToBackupMutationVariables = Exact<{
  absenceId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type HandOverToBackupMutation = { __typename?: 'Mutation', handOverToBackup: Array<string> };

export type ResubmitRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  expertId?: InputMaybe<Scalars['ID']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ResubmitRequestMutation = { __typename?: 'Mutation', resubmitRequest: { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus, question: string, expert?: { __typename?: 'Professional', id: string } | null, patient?: { __typename?: 'Patient', birthName: string } | null, consent: { __typename?: 'Consent', givenBy: ConsentGivenBy, collectedAt?: string | null }, resubmittedFrom?: { __typename?: 'TeleexpertiseRequest', id: string, status: RequestStatus } | null, messages: { __typename?: 'MessageConnection', edges: Array<{ __typename?: 'MessageEdge', node: { __typename?: 'Message', kind: MessageKind, attachments: Array<{ __typename?: 'Attachment', fileName: string, sha256: string }> } }> } } };

export type TeamFieldsFragment = { __typename?: 'Team', id: string, name: string, profession: Profession, specialty?: string | null, city?: string | null, postalCode?: string | null, listed: boolean, activityDescription?: string | null, limitations?: string | null, territory?: string | null, prerequisites?: string | null, tool: ExpertTool, externalUrl?: string | null, patientIdentityPolicy: PatientIdentityPolicy, expectedResponseHours?: number | null, myRole?: TeamRole | null, members: Array<{ __typename?: 'TeamMember', role: TeamRole, since: string, professional: { __typename?: 'Professional', id: string, lastName: string } }> };

export type DirectoryQueryVariables = Exact<{
  filter?: InputMaybe<ExpertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type DirectoryQuery = { __typename?: 'Query', directory: { __typename?: 'QueryDirectoryConnection', edges: Array<{ __typename?: 'QueryDirectoryConnectionEdge', cursor: string, node:
        | { __typename: 'Professional', id: string, lastName: string, firstName: string }
        | { __typename: 'Team', id: string, name: string, expectedResponseHours?: number | null }
       }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export type TeamByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TeamByIdQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Absence' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'BillingAct' }
    | { __typename?: 'Delegation' }
    | { __typename?: 'ExpertProfile' }
    | { __typename?: 'Message' }
    | { __typename?: 'Professional' }
    | { __typename?: 'Report' }
    | { __typename?: 'SharedSynthesis' }
    | { __typename?: 'Team', id: string, name: string, profession: Profession, specialty?: string | null, city?: string | null, postalCode?: string | null, listed: boolean, activityDescription?: string | null, limitations?: string | null, territory?: string | null, prerequisites?: string | null, tool: ExpertTool, externalUrl?: string | null, patientIdentityPolicy: PatientIdentityPolicy, expectedResponseHours?: number | null, myRole?: TeamRole | null, members: Array<{ __typename?: 'TeamMember', role: TeamRole, since: string, professional: { __typename?: 'Professional', id: string, lastName: string } }> }
    | { __typename?: 'TeleexpertiseRequest' }
   | null };

export type MyTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTeamsQuery = { __typename?: 'Query', me: { __typename?: 'Professional', id: string, teamMemberships: Array<{ __typename?: 'TeamMember', role: TeamRole, team: { __typename?: 'Team', id: string, name: string } }> } };

export type CreateTeamMutationVariables = Exact<{
  input: TeamInput;
}>;


export type CreateTeamMutation = { __typename?: 'Mutation', createTeam: { __typename?: 'Team', id: string, name: string, profession: Profession, specialty?: string | null, city?: string | null, postalCode?: string | null, listed: boolean, activityDescription?: string | null, limitations?: string | null, territory?: string | null, prerequisites?: string | null, tool: ExpertTool, externalUrl?: string | null, patientIdentityPolicy: PatientIdentityPolicy, expectedResponseHours?: number | null, myRole?: TeamRole | null, members: Array<{ __typename?: 'TeamMember', role: TeamRole, since: string, professional: { __typename?: 'Professional', id: string, lastName: string } }> } };

export type UpdateTeamMutationVariables = Exact<{
  teamId: Scalars['ID']['input'];
  input: TeamInput;
}>;


export type UpdateTeamMutation = { __typename?: 'Mutation', updateTeam: { __typename?: 'Team', id: string, name: string, profession: Profession, specialty?: string | null, city?: string | null, postalCode?: string | null, listed: boolean, activityDescription?: string | null, limitations?: string | null, territory?: string | null, prerequisites?: string | null, tool: ExpertTool, externalUrl?: string | null, patientIdentityPolicy: PatientIdentityPolicy, expectedResponseHours?: number | null, myRole?: TeamRole | null, members: Array<{ __typename?: 'TeamMember', role: TeamRole, since: string, professional: { __typename?: 'Professional', id: string, lastName: string } }> } };

export type AddTeamMemberMutationVariables = Exact<{
  teamId: Scalars['ID']['input'];
  professionalId: Scalars['ID']['input'];
  role: TeamRole;
}>;


export type AddTeamMemberMutation = { __typename?: 'Mutation', addTeamMember: { __typename?: 'Team', id: string, name: string, profession: Profession, specialty?: string | null, city?: string | null, postalCode?: string | null, listed: boolean, activityDescription?: string | null, limitations?: string | null, territory?: string | null, prerequisites?: string | null, tool: ExpertTool, externalUrl?: string | null, patientIdentityPolicy: PatientIdentityPolicy, expectedResponseHours?: number | null, myRole?: TeamRole | null, members: Array<{ __typename?: 'TeamMember', role: TeamRole, since: string, professional: { __typename?: 'Professional', id: string, lastName: string } }> } };

export type SetTeamMemberRoleMutationVariables = Exact<{
  teamId: Scalars['ID']['input'];
  professionalId: Scalars['ID']['input'];
  role: TeamRole;
}>;


export type SetTeamMemberRoleMutation = { __typename?: 'Mutation', setTeamMemberRole: { __typename?: 'Team', id: string, name: string, profession: Profession, specialty?: string | null, city?: string | null, postalCode?: string | null, listed: boolean, activityDescription?: string | null, limitations?: string | null, territory?: string | null, prerequisites?: string | null, tool: ExpertTool, externalUrl?: string | null, patientIdentityPolicy: PatientIdentityPolicy, expectedResponseHours?: number | null, myRole?: TeamRole | null, members: Array<{ __typename?: 'TeamMember', role: TeamRole, since: string, professional: { __typename?: 'Professional', id: string, lastName: string } }> } };

export type RemoveTeamMemberMutationVariables = Exact<{
  teamId: Scalars['ID']['input'];
  professionalId: Scalars['ID']['input'];
}>;


export type RemoveTeamMemberMutation = { __typename?: 'Mutation', removeTeamMember: { __typename?: 'Team', id: string, name: string, profession: Profession, specialty?: string | null, city?: string | null, postalCode?: string | null, listed: boolean, activityDescription?: string | null, limitations?: string | null, territory?: string | null, prerequisites?: string | null, tool: ExpertTool, externalUrl?: string | null, patientIdentityPolicy: PatientIdentityPolicy, expectedResponseHours?: number | null, myRole?: TeamRole | null, members: Array<{ __typename?: 'TeamMember', role: TeamRole, since: string, professional: { __typename?: 'Professional', id: string, lastName: string } }> } };

export type AbsenceFieldsFragment = { __typename?: 'Absence', id: string, startsAt: string, endsAt: string, message?: string | null, current: boolean, backup?:
    | { __typename: 'Professional', id: string, lastName: string }
    | { __typename: 'Team', id: string, name: string }
   | null };

export type DeclareAbsenceMutationVariables = Exact<{
  input: AbsenceInput;
}>;


export type DeclareAbsenceMutation = { __typename?: 'Mutation', declareAbsence: { __typename?: 'Absence', id: string, startsAt: string, endsAt: string, message?: string | null, current: boolean, backup?:
      | { __typename: 'Professional', id: string, lastName: string }
      | { __typename: 'Team', id: string, name: string }
     | null } };

export type CancelAbsenceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelAbsenceMutation = { __typename?: 'Mutation', cancelAbsence: string };

export type AvailabilityQueryVariables = Exact<{
  filter?: InputMaybe<ExpertFilter>;
}>;


export type AvailabilityQuery = { __typename?: 'Query', experts: { __typename?: 'ExpertConnection', edges: Array<{ __typename?: 'ExpertEdge', node: { __typename?: 'Professional', id: string, lastName: string, expertProfile?: { __typename?: 'ExpertProfile', acceptsNewRequests: boolean, absences: Array<{ __typename?: 'Absence', id: string, startsAt: string, endsAt: string, message?: string | null, current: boolean, backup?:
              | { __typename: 'Professional', id: string, lastName: string }
              | { __typename: 'Team', id: string, name: string }
             | null }> } | null } }> }, directory: { __typename?: 'QueryDirectoryConnection', edges: Array<{ __typename?: 'QueryDirectoryConnectionEdge', node:
        | { __typename: 'Professional' }
        | { __typename: 'Team', id: string, name: string, acceptsNewRequests: boolean, absences: Array<{ __typename?: 'Absence', id: string, startsAt: string, endsAt: string, message?: string | null, current: boolean, backup?:
              | { __typename: 'Professional', id: string, lastName: string }
              | { __typename: 'Team', id: string, name: string }
             | null }> }
       }> } };

export type SetAcceptsNewRequestsMutationVariables = Exact<{
  accepts: Scalars['Boolean']['input'];
}>;


export type SetAcceptsNewRequestsMutation = { __typename?: 'Mutation', updateExpertProfile: { __typename?: 'ExpertProfile', acceptsNewRequests: boolean } };

export type AddTeamTemplateMutationVariables = Exact<{
  teamId: Scalars['ID']['input'];
  file: Scalars['File']['input'];
}>;


export type AddTeamTemplateMutation = { __typename?: 'Mutation', addTeamTemplate: { __typename?: 'Team', prerequisiteTemplates: Array<{ __typename?: 'Attachment', id: string, fileName: string, mediaType: string, url: string }> } };

export type RemoveTeamTemplateMutationVariables = Exact<{
  teamId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
}>;


export type RemoveTeamTemplateMutation = { __typename?: 'Mutation', removeTeamTemplate: { __typename?: 'Team', prerequisiteTemplates: Array<{ __typename?: 'Attachment', id: string }> } };

export type DirectoryDetailsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DirectoryDetailsQuery = { __typename?: 'Query', directory: { __typename?: 'QueryDirectoryConnection', edges: Array<{ __typename?: 'QueryDirectoryConnectionEdge', node:
        | { __typename: 'Professional', id: string, lastName: string, teamMemberships: Array<{ __typename?: 'TeamMember', role: TeamRole }>, expertProfile?: { __typename?: 'ExpertProfile', acceptsNewRequests: boolean, absences: Array<{ __typename?: 'Absence', endsAt: string }>, prerequisiteTemplates: Array<{ __typename?: 'Attachment', fileName: string }> } | null }
        | { __typename: 'Team', id: string, name: string, myRole?: TeamRole | null, members: Array<{ __typename?: 'TeamMember', role: TeamRole, professional: { __typename?: 'Professional', lastName: string } }>, absences: Array<{ __typename?: 'Absence', endsAt: string }>, prerequisiteTemplates: Array<{ __typename?: 'Attachment', fileName: string }> }
       }> } };

export const WorklistActFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorklistActFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingAct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"actDate"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<WorklistActFieldsFragment, unknown>;
export const ContactDetailsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailSource"}},{"kind":"Field","name":{"kind":"Name","value":"secureEmail"}},{"kind":"Field","name":{"kind":"Name","value":"secureEmailSource"}}]}}]} as unknown as DocumentNode<ContactDetailsFieldsFragment, unknown>;
export const ProfessionalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfessionalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Professional"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rpps"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"isExpert"}}]}}]} as unknown as DocumentNode<ProfessionalFieldsFragment, unknown>;
export const ExpertProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patientIdentityPolicy"}}]}}]} as unknown as DocumentNode<ExpertProfileFieldsFragment, unknown>;
export const NotificationPreferencesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"digestHour"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadDelayMinutes"}}]}}]} as unknown as DocumentNode<NotificationPreferencesFieldsFragment, unknown>;
export const ReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"proposedTreatments"}},{"kind":"Field","name":{"kind":"Name","value":"complementaryExams"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transmissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<ReportFieldsFragment, unknown>;
export const BillingActFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingActFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingAct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"actDate"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BillingActFieldsFragment, unknown>;
export const AttachmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<AttachmentFieldsFragment, unknown>;
export const MessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<MessageFieldsFragment, unknown>;
export const RequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notCollectedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<RequestFieldsFragment, unknown>;
export const TeamFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patientIdentityPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResponseHours"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<TeamFieldsFragment, unknown>;
export const AbsenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AbsenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Absence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"backup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Professional"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AbsenceFieldsFragment, unknown>;
export const WorklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Worklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onBehalfOfId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingActs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"onBehalfOfId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onBehalfOfId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorklistActFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorklistActFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingAct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"actDate"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<WorklistQuery, WorklistQueryVariables>;
export const DelegateBillingExportUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelegateBillingExportUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onBehalfOfId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingExportUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"onBehalfOfId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onBehalfOfId"}}}]}]}}]} as unknown as DocumentNode<DelegateBillingExportUrlQuery, DelegateBillingExportUrlQueryVariables>;
export const SetBillingStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBillingStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBillingStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorklistActFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorklistActFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingAct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"actDate"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<SetBillingStatusMutation, SetBillingStatusMutationVariables>;
export const BillingActNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingActNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingAct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorklistActFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorklistActFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingAct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"actDate"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<BillingActNodeQuery, BillingActNodeQueryVariables>;
export const UpdatePracticeStructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePracticeStructure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"practiceStructureId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePracticeStructure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"practiceStructureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"practiceStructureId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"practiceStructureId"}}]}}]}}]} as unknown as DocumentNode<UpdatePracticeStructureMutation, UpdatePracticeStructureMutationVariables>;
export const MyPracticeStructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPracticeStructure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"practiceStructureId"}}]}}]}}]} as unknown as DocumentNode<MyPracticeStructureQuery, MyPracticeStructureQueryVariables>;
export const MyContactDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyContactDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secureEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactDetailsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailSource"}},{"kind":"Field","name":{"kind":"Name","value":"secureEmail"}},{"kind":"Field","name":{"kind":"Name","value":"secureEmailSource"}}]}}]} as unknown as DocumentNode<MyContactDetailsQuery, MyContactDetailsQueryVariables>;
export const UpdateContactDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContactDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactDetailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secureEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactDetailsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailSource"}},{"kind":"Field","name":{"kind":"Name","value":"secureEmail"}},{"kind":"Field","name":{"kind":"Name","value":"secureEmailSource"}}]}}]} as unknown as DocumentNode<UpdateContactDetailsMutation, UpdateContactDetailsMutationVariables>;
export const ProfessionalContactDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfessionalContactDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Professional"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secureEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProfessionalContactDetailsQuery, ProfessionalContactDetailsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfessionalFields"}},{"kind":"Field","name":{"kind":"Name","value":"expertProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertProfileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfessionalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Professional"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rpps"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"isExpert"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patientIdentityPolicy"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ExpertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Experts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfessionalFields"}},{"kind":"Field","name":{"kind":"Name","value":"expertProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertProfileFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfessionalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Professional"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rpps"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"isExpert"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patientIdentityPolicy"}}]}}]} as unknown as DocumentNode<ExpertsQuery, ExpertsQueryVariables>;
export const UpdateExpertProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateExpertProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExpertProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patientIdentityPolicy"}}]}}]} as unknown as DocumentNode<UpdateExpertProfileMutation, UpdateExpertProfileMutationVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Professional"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Professional"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const MessageAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MessageAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}}]} as unknown as DocumentNode<MessageAddedSubscription, MessageAddedSubscriptionVariables>;
export const RequestUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RequestUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<RequestUpdatedSubscription, RequestUpdatedSubscriptionVariables>;
export const InboxEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxEventsSubscription, InboxEventsSubscriptionVariables>;
export const InboxReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"synthesis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<InboxReportsSubscription, InboxReportsSubscriptionVariables>;
export const InboxSinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<InboxSinceSubscription, InboxSinceSubscriptionVariables>;
export const InboxReportEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxReportEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<InboxReportEventsSubscription, InboxReportEventsSubscriptionVariables>;
export const MyNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationPreferencesFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"digestHour"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadDelayMinutes"}}]}}]} as unknown as DocumentNode<MyNotificationPreferencesQuery, MyNotificationPreferencesQueryVariables>;
export const UpdateNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationPreferencesFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"digestHour"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadDelayMinutes"}}]}}]} as unknown as DocumentNode<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const ProfessionalNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfessionalNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Professional"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProfessionalNotificationPreferencesQuery, ProfessionalNotificationPreferencesQueryVariables>;
export const SubmitReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"proposedTreatments"}},{"kind":"Field","name":{"kind":"Name","value":"complementaryExams"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transmissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<SubmitReportMutation, SubmitReportMutationVariables>;
export const RequestReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingActs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingActFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"proposedTreatments"}},{"kind":"Field","name":{"kind":"Name","value":"complementaryExams"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transmissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingActFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingAct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"actDate"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RequestReportQuery, RequestReportQueryVariables>;
export const ReportByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"proposedTreatments"}},{"kind":"Field","name":{"kind":"Name","value":"complementaryExams"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transmissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<ReportByIdQuery, ReportByIdQueryVariables>;
export const BillingActsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingActs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingActs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingActFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingActFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingAct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"actDate"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BillingActsQuery, BillingActsQueryVariables>;
export const BillingExportUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingExportUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingExportUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<BillingExportUrlQuery, BillingExportUrlQueryVariables>;
export const ReimbursementForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReimbursementForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expertId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onBehalfOfId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patient"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PatientInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reimbursementForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expertId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expertId"}}},{"kind":"Argument","name":{"kind":"Name","value":"onBehalfOfId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onBehalfOfId"}}},{"kind":"Argument","name":{"kind":"Name","value":"patient"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patient"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"acts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReimbursementForecastQuery, ReimbursementForecastQueryVariables>;
export const SynthesisUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SynthesisUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"synthesisUrl"}}]}}]}}]}}]} as unknown as DocumentNode<SynthesisUrlQuery, SynthesisUrlQueryVariables>;
export const RequestAsRecipientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestAsRecipient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestAsRecipientQuery, RequestAsRecipientQueryVariables>;
export const RequestQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}}]}}]} as unknown as DocumentNode<RequestQuestionQuery, RequestQuestionQueryVariables>;
export const ShareSynthesisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareSynthesis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recipientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareSynthesis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"recipientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recipientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedSyntheses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<ShareSynthesisMutation, ShareSynthesisMutationVariables>;
export const ReceivedSynthesesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceivedSyntheses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedSyntheses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sharedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"synthesisUrl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReceivedSynthesesQuery, ReceivedSynthesesQueryVariables>;
export const ComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Compliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComplianceQuery, ComplianceQueryVariables>;
export const RequestBeyondWhatWasSentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestBeyondWhatWasSent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingActs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedSyntheses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestBeyondWhatWasSentQuery, RequestBeyondWhatWasSentQueryVariables>;
export const ReportedInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportedInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REPORTED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"transmissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingActs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportedInboxQuery, ReportedInboxQueryVariables>;
export const ReceivedReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceivedReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReceivedReportsQuery, ReceivedReportsQueryVariables>;
export const ReportTransmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportTransmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"transmissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportTransmissionsQuery, ReportTransmissionsQueryVariables>;
export const CreateRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birthName"}},{"kind":"Field","name":{"kind":"Name","value":"usedName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"ins"}},{"kind":"Field","name":{"kind":"Name","value":"treatingDoctor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notCollectedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}}]} as unknown as DocumentNode<CreateRequestMutation, CreateRequestMutationVariables>;
export const PostMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}}]} as unknown as DocumentNode<PostMessageMutation, PostMessageMutationVariables>;
export const MarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"upTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkReadMutation, MarkReadMutationVariables>;
export const RequestInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notCollectedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<RequestInformationMutation, RequestInformationMutationVariables>;
export const AcceptRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"responseDueAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"responseDueAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"responseDueAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notCollectedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<AcceptRequestMutation, AcceptRequestMutationVariables>;
export const DeclineRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notCollectedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<DeclineRequestMutation, DeclineRequestMutationVariables>;
export const WithdrawRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notCollectedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<WithdrawRequestMutation, WithdrawRequestMutationVariables>;
export const GrantDelegationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delegateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"delegateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delegateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"delegator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GrantDelegationMutation, GrantDelegationMutationVariables>;
export const RevokeDelegationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeDelegationMutation, RevokeDelegationMutationVariables>;
export const DelegationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"delegator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DelegationsQuery, DelegationsQueryVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birthName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notCollectedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const ConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}}]} as unknown as DocumentNode<ConversationQuery, ConversationQueryVariables>;
export const RequestByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birthName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notCollectedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<RequestByIdQuery, RequestByIdQueryVariables>;
export const MessageByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<MessageByIdQuery, MessageByIdQueryVariables>;
export const AttachmentByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttachmentById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<AttachmentByIdQuery, AttachmentByIdQueryVariables>;
export const AddPrerequisiteTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPrerequisiteTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"File"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPrerequisiteTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prerequisiteTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<AddPrerequisiteTemplateMutation, AddPrerequisiteTemplateMutationVariables>;
export const RemovePrerequisiteTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePrerequisiteTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePrerequisiteTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prerequisiteTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RemovePrerequisiteTemplateMutation, RemovePrerequisiteTemplateMutationVariables>;
export const CreateTeamRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTeamRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateTeamRequestMutation, CreateTeamRequestMutationVariables>;
export const TeamQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TeamQueueQuery, TeamQueueQueryVariables>;
export const TeamRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeleexpertiseRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamRequestQuery, TeamRequestQueryVariables>;
export const ClaimRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimRequestMutation, ClaimRequestMutationVariables>;
export const AssignRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expertId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expertId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expertId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AssignRequestMutation, AssignRequestMutationVariables>;
export const TeamInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TeamInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<TeamInboxSubscription, TeamInboxSubscriptionVariables>;
export const RedirectRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedirectRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expertId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expertId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expertId"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RedirectRequestMutation, RedirectRequestMutationVariables>;
export const HandOverToBackupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HandOverToBackup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"absenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handOverToBackup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"absenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"absenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<HandOverToBackupMutation, HandOverToBackupMutationVariables>;
export const ResubmitRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResubmitRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expertId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expertId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expertId"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"birthName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resubmittedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResubmitRequestMutation, ResubmitRequestMutationVariables>;
export const DirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Directory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Professional"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResponseHours"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryQuery, DirectoryQueryVariables>;
export const TeamByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patientIdentityPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResponseHours"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<TeamByIdQuery, TeamByIdQueryVariables>;
export const MyTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyTeamsQuery, MyTeamsQueryVariables>;
export const CreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patientIdentityPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResponseHours"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTeamMutation, CreateTeamMutationVariables>;
export const UpdateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patientIdentityPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResponseHours"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTeamMutation, UpdateTeamMutationVariables>;
export const AddTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"professionalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"professionalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"professionalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patientIdentityPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResponseHours"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<AddTeamMemberMutation, AddTeamMemberMutationVariables>;
export const SetTeamMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTeamMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"professionalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTeamMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"professionalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"professionalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patientIdentityPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResponseHours"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<SetTeamMemberRoleMutation, SetTeamMemberRoleMutationVariables>;
export const RemoveTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"professionalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"professionalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"professionalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patientIdentityPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResponseHours"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveTeamMemberMutation, RemoveTeamMemberMutationVariables>;
export const DeclareAbsenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareAbsence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AbsenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareAbsence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AbsenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AbsenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Absence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"backup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Professional"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DeclareAbsenceMutation, DeclareAbsenceMutationVariables>;
export const CancelAbsenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAbsence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAbsence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CancelAbsenceMutation, CancelAbsenceMutationVariables>;
export const AvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Availability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"expertProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptsNewRequests"}},{"kind":"Field","name":{"kind":"Name","value":"absences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AbsenceFields"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"directory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsNewRequests"}},{"kind":"Field","name":{"kind":"Name","value":"absences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AbsenceFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AbsenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Absence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"backup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Professional"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AvailabilityQuery, AvailabilityQueryVariables>;
export const SetAcceptsNewRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAcceptsNewRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accepts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExpertProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"acceptsNewRequests"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accepts"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptsNewRequests"}}]}}]}}]} as unknown as DocumentNode<SetAcceptsNewRequestsMutation, SetAcceptsNewRequestsMutationVariables>;
export const AddTeamTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTeamTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"File"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTeamTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prerequisiteTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<AddTeamTemplateMutation, AddTeamTemplateMutationVariables>;
export const RemoveTeamTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTeamTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTeamTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prerequisiteTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveTeamTemplateMutation, RemoveTeamTemplateMutationVariables>;
export const DirectoryDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Professional"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"teamMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expertProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptsNewRequests"}},{"kind":"Field","name":{"kind":"Name","value":"absences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prerequisiteTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"absences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prerequisiteTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryDetailsQuery, DirectoryDetailsQueryVariables>;