// A TCP relay in front of a server, for tests that must make one client's bytes vanish while its connections stay open.
import net from 'node:net';

export interface TcpProxy {
  port: number;
  url: (scheme: string) => string;
  /** From now on, what clients send is dropped: their connections stay open and nothing reaches the server. */
  blackhole(): void;
  close(): Promise<void>;
}

/** Relays 127.0.0.1:<a free port> to `target` until told to drop what clients send. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let dropping = false;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.on('data', (chunk) => {
      if (!dropping) upstream.write(chunk);
    });
    upstream.pipe(client);
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    url: (scheme) => `${scheme}://127.0.0.1:${port}`,
    blackhole: () => {
      dropping = true;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
