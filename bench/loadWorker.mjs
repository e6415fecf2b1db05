// The load client, in plain JavaScript so it runs in a worker thread without a TypeScript loader:
// the server under test keeps its event loop to itself. Closed loop: each of `connections`
// clients sends its next request when the last one answered, for `seconds`. Loopback only.
import { parentPort, workerData } from "node:worker_threads";
import { performance } from "node:perf_hooks";

const { url, options } = workerData;
if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url)) throw new Error(`Refusing to load-test ${url}: loopback only`);

const latencies = [];
let errors = 0;
const started = performance.now();
const deadline = started + options.seconds * 1000;
async function client() {
  while (performance.now() < deadline) {
    const begin = performance.now();
    const response = await fetch(url, { headers: options.headers });
    await response.arrayBuffer();
    latencies.push(performance.now() - begin);
    if (!response.ok) errors += 1;
  }
}
await Promise.all(Array.from({ length: options.connections }, client));
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const percentile = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? Number.NaN;
parentPort.postMessage({ requests: latencies.length, errors, requestsPerSecond: latencies.length / elapsed, p50: percentile(50), p95: percentile(95), p99: percentile(99) });
