// Can the kiosk reach its office backend right now, and how long did it take? One GET
// /v1/health with a short limit (the technician is waiting), plus what waits in the outbox.
import type { NetworkResult } from '../contract/kiosk-contract.js';
import { OfficeClient, type OfficeFailure } from '../office/office-client.js';
import type { OutboxStats } from '../office/outbox.js';

export const NETWORK_CHECK_TIMEOUT_MS = 3000;

export interface NetworkCheckOptions {
  url: string;
  embedded: boolean;
  outbox: { stats(): Promise<OutboxStats> };
  timeoutMs?: number;
  /** For tests at the network boundary; the real fetch otherwise. */
  fetchImpl?: typeof fetch;
  now?: () => Date;
}

export async function checkNetwork(o: NetworkCheckOptions): Promise<NetworkResult> {
  const timeoutMs = o.timeoutMs ?? NETWORK_CHECK_TIMEOUT_MS;
  const client = new OfficeClient({ baseUrl: o.url, timeoutMs, ...(o.fetchImpl ? { fetchImpl: o.fetchImpl } : {}) });
  const started = performance.now();
  const [health, stats] = await Promise.all([client.health(), o.outbox.stats()]);
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  const checkedAt = (o.now ?? (() => new Date()))().toISOString();
  const office = health.ok
    ? { url: o.url, embedded: o.embedded, reachable: true, latencyMs, checkedAt }
    : { url: o.url, embedded: o.embedded, reachable: false, latencyMs: null, problem: officeProblem(health, timeoutMs), checkedAt };
  return {
    office,
    outbox: {
      depth: stats.depth,
      oldestAgeSeconds: stats.oldestPendingAgeMs === null ? null : Math.floor(stats.oldestPendingAgeMs / 1000),
    },
  };
}

/** Plain words a technician can act on: which kind of failure, and the system's own code. */
export function officeProblem(f: OfficeFailure, timeoutMs: number): string {
  switch (f.kind) {
    case 'unreachable':
      if (f.detail === 'ECONNREFUSED') return 'the office server refused the connection: nothing listens at this address and port (ECONNREFUSED)';
      if (f.detail === 'ENOTFOUND' || f.detail === 'EAI_AGAIN') return `the office server's name could not be resolved: check DNS and the address (${f.detail})`;
      if (f.detail === 'ENETUNREACH' || f.detail === 'EHOSTUNREACH') return `no route to the office server: check the network cable and settings (${f.detail})`;
      return `the office server could not be reached (${f.detail})`;
    case 'timeout':
      return `the office server did not answer within ${timeoutMs} ms`;
    case 'server-error':
      return `the office server answered with an error (HTTP ${f.status ?? '5xx'})`;
    case 'garbage':
      return 'something answered at this address, but not the office server (the answer is not its health check)';
    case 'not-found':
    case 'rejected':
      return `the office server refused the health check (HTTP ${f.status ?? '?'}): is the address the office API?`;
  }
}
