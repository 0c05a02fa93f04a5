import { type Server, type Socket, connect, createServer } from 'node:net';

export type ProxyMode = 'pass' | 'blackhole' | 'lose-commit-ack';

/**
 * A TCP proxy between the worker and Postgres that the harness can turn bad: black-hole every
 * byte silently, reset every connection, or let a COMMIT through and lose its answer (the
 * transaction committed, the client never hears so).
 */
export class TcpProxy {
  mode: ProxyMode = 'pass';
  lostCommitAcks = 0;
  private server: Server | null = null;
  private readonly pairs = new Set<[Socket, Socket]>();

  constructor(private readonly targetPort: number) {}

  async listen(): Promise<number> {
    this.server = createServer((client) => {
      const upstream = connect(this.targetPort, '127.0.0.1');
      const pair: [Socket, Socket] = [client, upstream];
      this.pairs.add(pair);
      let commitSent = false;
      const close = () => {
        this.pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      client.on('data', (chunk) => {
        if (this.mode === 'blackhole') return;
        if (this.mode === 'lose-commit-ack' && chunk.includes('COMMIT')) commitSent = true;
        upstream.write(chunk);
      });
      upstream.on('data', (chunk) => {
        if (this.mode === 'blackhole') return;
        if (commitSent && this.mode === 'lose-commit-ack') {
          this.lostCommitAcks++;
          close();
          return;
        }
        commitSent = false;
        client.write(chunk);
      });
      client.on('error', close);
      upstream.on('error', close);
      client.on('close', close);
      upstream.on('close', close);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as { port: number }).port;
  }

  /** Cuts every open connection with a TCP reset. */
  reset(): void {
    for (const [client, upstream] of this.pairs) {
      client.resetAndDestroy();
      upstream.resetAndDestroy();
    }
    this.pairs.clear();
  }

  async close(): Promise<void> {
    this.reset();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
