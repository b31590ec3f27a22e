// A ws socket as graphql-ws's server drives it.
import type { WebSocket as GraphQLWsSocket } from 'graphql-ws';
import type { WebSocket } from 'ws';

/**
 * A ws socket as graphql-ws drives it (in place of graphql-ws/use/ws, which keeps each socket's upgrade
 * request, a ping timer of its own besides the heartbeat, and each received frame while its operation
 * runs). A send resolves once written, so that a subscription sends no faster than the client reads.
 */
export class SocketForGraphQLWs implements GraphQLWsSocket {
  constructor(
    private readonly socket: WebSocket,
    private readonly failed: (socket: WebSocket, error: unknown) => void,
  ) {}

  get protocol(): string {
    return this.socket.protocol;
  }

  send(data: string): Promise<void> {
    const socket = this.socket;
    return new Promise((resolve, reject) => {
      if (socket.readyState !== socket.OPEN) return resolve();
      socket.send(data, (error) => (error ? reject(error) : resolve()));
    });
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }

  onMessage(handle: (data: string) => Promise<void>): void {
    // Not awaited here: a subscription's handling lasts as long as the subscription.
    this.socket.on('message', (data) => {
      // A socket closing (its token expired, say) runs nothing more of what its client still sends.
      if (this.socket.readyState !== this.socket.OPEN) return;
      void handle(String(data)).catch((error: unknown) => this.failed(this.socket, error));
    });
  }
}
