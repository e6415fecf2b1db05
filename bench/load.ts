import { Worker } from "node:worker_threads";

export interface LoadResult {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface LoadOptions {
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}

/** Loads `url` from a worker thread (loadWorker.mjs) and reports throughput and latency percentiles in ms. */
export function runLoad(url: string, options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./loadWorker.mjs", import.meta.url), { workerData: { url, options } });
    worker.once("message", (result: LoadResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
