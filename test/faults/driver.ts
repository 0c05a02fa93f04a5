import { COMMAND_TIMEOUT_MS } from '@hazard/devstack';

export type Outcome = 'acknowledged' | 'rejected' | 'ambiguous';

export interface CommandRecord {
  key: string;
  outcome: Outcome;
  attempts: number;
  code?: string;
}

const DOMAIN_CODES = new Set(['BAD_USER_INPUT', 'INVALID_TRANSITION', 'VERSION_CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);

/**
 * Clients as the supervisors' tools behave: each command has an idempotency key, is retried with
 * the same key when the answer is unclear (timeout, unavailable), and ends acknowledged, rejected
 * or still ambiguous. Every request's wait is measured.
 */
export class CommandDriver {
  readonly records = new Map<string, CommandRecord>();
  readonly latencies: number[] = [];
  private running = false;
  private loops: Promise<void>[] = [];
  private sequence = 0;

  private readonly urls: string[];

  /** `url`: one gateway, or several (a client behind a load balancer: an unanswered request is retried on the next). */
  constructor(
    url: string | string[],
    private readonly token: string,
    readonly sub: string,
  ) {
    this.urls = Array.isArray(url) ? url : [url];
  }

  /** Sends one command (retrying an unclear answer up to `retries` times) and records how it ended. */
  async send(key: string, mutation: string, input: Record<string, unknown>, retries = 3): Promise<CommandRecord> {
    const record: CommandRecord = { key, outcome: 'ambiguous', attempts: 0 };
    this.records.set(key, record);
    const first = this.records.size;
    for (let attempt = 0; attempt <= retries && record.outcome === 'ambiguous'; attempt++) {
      record.attempts++;
      const started = Date.now();
      try {
        const res = await fetch(this.urls[(first + attempt) % this.urls.length], {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
          body: JSON.stringify({ query: `mutation($input: ${inputType(mutation)}!) { ${mutation}(input: $input) { hazard { id version } } }`, variables: { input: { ...input, idempotencyKey: key } } }),
          signal: AbortSignal.timeout(COMMAND_TIMEOUT_MS + 10_000),
        });
        const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[]; data?: unknown };
        const code = body.errors?.[0]?.extensions?.code;
        record.code = code;
        if (!code && body.data) record.outcome = 'acknowledged';
        else if (code && DOMAIN_CODES.has(code)) record.outcome = 'rejected';
      } catch {
        // no answer: ambiguous, try again with the same key
      } finally {
        this.latencies.push(Date.now() - started);
      }
      if (record.outcome === 'ambiguous') await new Promise((r) => setTimeout(r, 500));
    }
    return record;
  }

  /** `clients` concurrent loops of commands on the given hazards until stop(). */
  start(clients: number, hazards: string[]): void {
    this.running = true;
    for (let c = 0; c < clients; c++) {
      this.loops.push(
        (async () => {
          while (this.running) {
            const hazardId = hazards[Math.floor(Math.random() * hazards.length)];
            const n = ++this.sequence;
            if (n % 3 === 0) await this.send(`${this.sub}-w${n}`, 'recordEnforcement', { hazardId, kind: 'WARNING', note: `第${n}次` });
            else await this.send(`${this.sub}-p${n}`, 'reportProgress', { hazardId, percent: n % 101, note: `第${n}次进度` });
          }
        })(),
      );
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    this.loops = [];
  }

  counts() {
    const all = [...this.records.values()];
    return {
      sent: all.length,
      acknowledged: all.filter((r) => r.outcome === 'acknowledged').length,
      rejected: all.filter((r) => r.outcome === 'rejected').length,
      ambiguous: all.filter((r) => r.outcome === 'ambiguous').length,
      /** Why commands were refused: the losing conflict contenders, a hazard in a state that takes no such command. */
      rejectedByCode: all.filter((r) => r.outcome === 'rejected').reduce<Record<string, number>>((n, r) => ({ ...n, [r.code ?? '?']: (n[r.code ?? '?'] ?? 0) + 1 }), {}),
      maxLatencyMs: Math.max(0, ...this.latencies),
    };
  }
}

const inputType = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
