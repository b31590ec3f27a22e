// Sockets whose peer is gone without closing (a phone out of coverage) are found and dropped.
import type { WebSocket, WebSocketServer } from 'ws';

export interface Heartbeat {
  /** Counts the socket as alive now, and whenever it answers a ping. */
  watch(socket: WebSocket): void;
  stop(): void;
}

/**
 * Pings every socket each period and drops one that did not answer the previous ping, so that its
 * subscriptions do not stay open until its token expires. A period of 0 turns it off.
 */
export function startHeartbeat(sockets: WebSocketServer, periodSeconds: number): Heartbeat {
  const answered = new WeakSet<WebSocket>();
  // Shared by every socket: `this` is the socket.
  function onPong(this: WebSocket) {
    answered.add(this);
  }
  const timer =
    periodSeconds > 0
      ? setInterval(() => {
          for (const socket of sockets.clients) {
            if (!answered.delete(socket)) socket.terminate();
            else socket.ping();
          }
        }, periodSeconds * 1000).unref()
      : undefined;
  return {
    watch(socket) {
      answered.add(socket);
      socket.on('pong', onPong);
    },
    stop: () => clearInterval(timer),
  };
}
