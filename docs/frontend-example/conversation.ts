// A live conversation that survives reconnections: each (re)subscription asks for what came after the last message held.
import type { Client, ExecutionResult } from 'graphql-ws';
import { print } from 'graphql';
import { getFragmentData } from './generated/fragment-masking.ts';
import type { MessageAddedSubscription as MessageAdded, MessageFieldsFragment } from './generated/graphql.ts';
import { MessageAddedSubscription, MessageFields } from './operations.ts';

export interface Conversation {
  /** The messages in sequence order, each once. */
  readonly messages: MessageFieldsFragment[];
  stop(): void;
}

/**
 * Follows the conversation of `requestId` from `lastMessageId` (the newest message the screen already shows, or
 * undefined for all of it). graphql-ws sends the same subscribe payload again on each reconnection, so moving
 * `variables.after` forward as messages arrive makes the server replay only what the client missed.
 */
export function followConversation(
  client: Client,
  requestId: string,
  lastMessageId: string | undefined,
  onMessage: (message: MessageFieldsFragment) => void,
  onError: (error: unknown) => void = () => {},
): Conversation {
  const messages: MessageFieldsFragment[] = [];
  const variables: { requestId: string; after?: string } = {
    requestId,
    ...(lastMessageId && { after: lastMessageId }),
  };
  const stop = client.subscribe<MessageAdded>(
    { query: print(MessageAddedSubscription), variables },
    {
      next: ({ data, errors }: ExecutionResult<MessageAdded>) => {
        // NOT_FOUND here: the caller no longer takes part (a revoked delegation); the server ends the subscription.
        if (errors) return onError(errors);
        const message = data && getFragmentData(MessageFields, data.messageAdded);
        // A message already held (sent twice around a reconnection) is skipped by its sequence.
        if (!message || message.sequence <= (messages.at(-1)?.sequence ?? 0)) return;
        messages.push(message);
        variables.after = message.id;
        onMessage(message);
      },
      error: onError,
      complete: () => {},
    },
  );
  return { messages, stop };
}
