// What one professional may hold open, and what sockets not yet signed in may cost: bounded, with a reason a person can act on.

/** "Policy Violation" (RFC 6455): graphql-ws clients do not retry it, and the reason says what to close. */
export const CLOSE_POLICY_VIOLATION = 1008;

export interface SocketLimits {
  /** Sockets signed in as one professional at once (tabs and devices together). */
  socketsPerProfessional: number;
  /** Subscriptions one professional runs at once over all their sockets. */
  subscriptionsPerProfessional: number;
  /** Sockets open and not yet signed in (connection_init pending), over all callers. */
  pendingSockets: number;
}

/** A signed-in socket, as it counts its running operations (graphql-ws keeps them by id). */
export interface Holder {
  subscriptions?: Record<string, unknown>;
}

export class SocketBounds {
  readonly #byProfessional = new Map<string, Set<Holder>>();
  #pending = 0;

  constructor(readonly limits: SocketLimits) {}

  /** Whether one more socket may wait for its connection_init: checked on the upgrade, before anything is allocated. */
  mayAwaitSignIn(): boolean {
    return this.#pending < this.limits.pendingSockets;
  }

  /** A socket starts, or stops, waiting for its connection_init. */
  pending(delta: 1 | -1): void {
    this.#pending += delta;
  }

  /** Counts a signed-in socket of `professionalId`, or says why it is refused. */
  signIn(professionalId: string, holder: Holder): string | undefined {
    let held = this.#byProfessional.get(professionalId);
    if (!held) this.#byProfessional.set(professionalId, (held = new Set()));
    if (held.size >= this.limits.socketsPerProfessional) {
      return `Too many connections open for you (at most ${this.limits.socketsPerProfessional}): close other tabs or devices, then reconnect`;
    }
    held.add(holder);
    return undefined;
  }

  signOut(professionalId: string, holder: Holder): void {
    const held = this.#byProfessional.get(professionalId);
    if (held?.delete(holder) && held.size === 0) this.#byProfessional.delete(professionalId);
  }

  /** Whether the professional is over their subscriptions, the one being started included (graphql-ws reserved its id). */
  overSubscriptions(professionalId: string): boolean {
    let running = 0;
    for (const holder of this.#byProfessional.get(professionalId) ?? [])
      running += Object.keys(holder.subscriptions ?? {}).length;
    return running > this.limits.subscriptionsPerProfessional;
  }
}
