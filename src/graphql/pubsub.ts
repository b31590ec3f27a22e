// Where committed changes are announced: typed topics per request and per professional, for the live layer.
import { createPubSub, type PubSub } from 'graphql-yoga';
import type { ChangeEvent } from '../domain/changes.ts';

export type ChangeTopics = {
  /** Everything that happens to one request. */
  request: [requestId: string, event: ChangeEvent];
  /** Everything that concerns one professional. */
  inbox: [professionalId: string, event: ChangeEvent];
};

export type ChangePubSub = PubSub<ChangeTopics>;

export function createChangePubSub(): ChangePubSub {
  return createPubSub<ChangeTopics>();
}

/** Announces a committed change on its request's topic and on each participant's inbox. */
export function publishChanges(pubsub: ChangePubSub, events: ChangeEvent[]): void {
  for (const event of events) {
    pubsub.publish('request', event.requestId, event);
    for (const professionalId of event.participantIds) pubsub.publish('inbox', professionalId, event);
  }
}
