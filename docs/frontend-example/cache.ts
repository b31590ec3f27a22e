// How normalized caches store the API's objects: Apollo's type policies and urql Graphcache's keys.
import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import type { KeyingConfig } from '@urql/exchange-graphcache';

/**
 * Objects with an `id` are normalized by it (it is global: it names its type). Objects without one belong to
 * the object that holds them and are merged into it; lists are replaced whole (`merge: true` on a list throws).
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      // One list per filter; pages fetched with `after` are appended, with `before` prepended.
      requests: relayStylePagination(['filter']),
      experts: relayStylePagination(['filter']),
      reimbursementForecast: { merge: true },
    },
  },
  TeleexpertiseRequest: {
    fields: {
      messages: relayStylePagination(),
      consent: { merge: true },
      patient: { merge: true },
      compliance: { merge: true },
    },
  },
  // Each inbox event replaces the previous one.
  Subscription: { fields: { inbox: { merge: false } } },
};

const embedded = () => null;

/** Graphcache's keys: the types without an id are embedded in their parent (connections and edges it knows). */
export const graphcacheKeys: KeyingConfig = {
  Consent: embedded,
  Patient: embedded,
  ComplianceGrid: embedded,
  CompliancePart: embedded,
  ComplianceItem: embedded,
  ComplianceEvidence: embedded,
  ReimbursementForecast: embedded,
  ReimbursementForecastAct: embedded,
  InboxEvent: embedded,
  ReportTransmission: embedded,
};
