import { performance } from "node:perf_hooks";

export interface LoadResult {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * Closed-loop load: `connections` clients each send their next request when the last one
 * answered, for `seconds`. Bounded in time and aimed at loopback only.
 */
export async function runLoad(url: string, options: { headers?: Record<string, string>; connections: number; seconds: number }): Promise<LoadResult> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url)) throw new Error(`Refusing to load-test ${url}: loopback only`);
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const started = performance.now();
  const client = async () => {
    while (performance.now() < deadline) {
      const begin = performance.now();
      const response = await fetch(url, { headers: options.headers });
      await response.arrayBuffer();
      latencies.push(performance.now() - begin);
      if (!response.ok) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? Number.NaN;
  return { requests: latencies.length, errors, requestsPerSecond: latencies.length / elapsed, p50: percentile(50), p95: percentile(95), p99: percentile(99) };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
