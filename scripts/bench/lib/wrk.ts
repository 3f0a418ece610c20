import { spawn } from "node:child_process";
import path from "node:path";

export type LoadResult = {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  // Socket errors, timeouts and answers with status 400 or above.
  errors: number;
  errorDetail: { connect: number; read: number; write: number; timeout: number; status: number };
  bytesPerResponse: number;
};

export type LoadOptions = {
  seconds: number;
  connections: number;
  threads: number;
  headers?: Record<string, string>;
};

const REPORT_SCRIPT = path.resolve("scripts/bench/wrk-report.lua");

// wrk is written in C and uses one event loop per thread: it leaves the cores to the server it
// measures, where a Node load generator would compete with it for them.
export function runWrk(url: string, options: LoadOptions): Promise<LoadResult> {
  const args = [
    `-t${options.threads}`,
    `-c${options.connections}`,
    `-d${options.seconds}s`,
    "--timeout",
    "5s",
    "-s",
    REPORT_SCRIPT,
    ...Object.entries(options.headers ?? {}).flatMap(([name, value]) => [
      "-H",
      `${name}: ${value}`,
    ]),
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = output.split("\n").find((candidate) => candidate.startsWith("WRK_JSON "));
      if (code !== 0 || !line) {
        reject(new Error(`wrk failed on ${url} (exit ${code}):\n${output}`));
        return;
      }
      const raw = JSON.parse(line.slice("WRK_JSON ".length)) as Record<string, number>;
      const seconds = raw.durationUs! / 1e6;
      const errorDetail = {
        connect: raw.connect!,
        read: raw.read!,
        write: raw.write!,
        timeout: raw.timeout!,
        status: raw.status!,
      };
      resolve({
        requests: raw.requests!,
        seconds,
        requestsPerSecond: raw.requests! / seconds,
        p50Ms: raw.p50Us! / 1000,
        p90Ms: raw.p90Us! / 1000,
        p99Ms: raw.p99Us! / 1000,
        maxMs: raw.maxUs! / 1000,
        errors: Object.values(errorDetail).reduce((sum, value) => sum + value, 0),
        errorDetail,
        bytesPerResponse: raw.requests! > 0 ? raw.bytes! / raw.requests! : 0,
      });
    });
  });
}
