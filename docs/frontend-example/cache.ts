// Apollo's cache policies for the API: Relay connections merged page by page.
import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      // One list per filter; pages fetched with `after` are appended.
      requests: relayStylePagination(['filter']),
      experts: relayStylePagination(['filter']),
    },
  },
  TeleexpertiseRequest: {
    fields: {
      // Older messages fetched with `before` are prepended.
      messages: relayStylePagination(),
    },
  },
};
