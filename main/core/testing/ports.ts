import net from 'node:net';

/**
 * A TCP port free on 127.0.0.1 right now (the OS picks it): a server a test starts can listen on
 * it, and until one does, connecting to it is refused, like a host that is offline.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
