import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type Started = {
  name: string;
  child: ChildProcess;
  logFile: string;
  stop: () => Promise<void>;
};

const running = new Set<Started>();

// For an error report: which of the processes a script started have ended, and how.
export function describeExits(): string {
  return [...running]
    .filter(({ child }) => child.exitCode !== null || child.signalCode !== null)
    .map(
      ({ name, child, logFile }) =>
        `${name} ended (${child.signalCode ?? `exit ${child.exitCode}`}); last lines of ${logFile}:\n${lastLines(logFile, 10)}`,
    )
    .join("\n");
}

// Everything a measurement script starts is stopped when it ends, fails or is interrupted.
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((started) => started.stop()));
}

let exitHooksInstalled = false;
function installExitHooks(): void {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      void stopAll().finally(() => process.exit(130));
    });
  }
  process.on("exit", () => {
    for (const started of running) started.child.kill("SIGKILL");
  });
}

export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; logDir: string },
): Started {
  installExitHooks();
  fs.mkdirSync(options.logDir, { recursive: true });
  const logFile = path.join(options.logDir, `${name}.log`);
  const log = fs.openSync(logFile, "w");
  const child = spawn(command, args, {
    env: options.env ?? process.env,
    stdio: ["ignore", log, log],
  });
  fs.closeSync(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const started: Started = {
    name,
    child,
    logFile,
    stop: async () => {
      running.delete(started);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
  running.add(started);
  return started;
}

export function lastLines(file: string, count = 30): string {
  if (!fs.existsSync(file)) return "";
  return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-count).join("\n");
}

// Polls until the URL answers with a status below 500 (or `accept` says so).
export async function waitForHttp(
  url: string,
  options: { timeoutMs: number; started?: Started; accept?: (status: number) => boolean },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  const accept = options.accept ?? ((status: number) => status < 500);
  while (Date.now() < deadline) {
    const child = options.started?.child;
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(
        `${options.started!.name} exited before ${url} answered:\n${lastLines(options.started!.logFile)}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (accept(response.status)) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${Math.round(options.timeoutMs / 1000)} s`);
}

export function commandExists(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

export function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

let aptUpdated = false;

// A Debian tool the measurement needs: installed with apt-get when it is missing and we are
// root on Debian; otherwise the reason it is not there, for the report.
export function ensureDebianTool(
  command: string,
  packages: string[],
  present: () => boolean = () => commandExists(command),
): { ok: true } | { ok: false; reason: string } {
  if (present()) return { ok: true };
  if (!isRoot() || !commandExists("apt-get")) {
    return {
      ok: false,
      reason: `${command} is not installed (as root on Debian: apt-get install ${packages.join(" ")})`,
    };
  }
  console.log(`[bench] installing ${packages.join(" ")} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (!aptUpdated) {
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    aptUpdated = true;
  }
  const install = spawnSync("apt-get", ["install", "-y", "-qq", ...packages], {
    stdio: "inherit",
    env,
  });
  if (install.status === 0 && present()) return { ok: true };
  return { ok: false, reason: `apt-get install ${packages.join(" ")} failed` };
}

function childrenOf(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" "))
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

export function descendants(pid: number): number[] {
  const all: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.shift()!;
    all.push(next);
    queue.push(...childrenOf(next));
  }
  return all;
}

export function processName(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
  } catch {
    return "";
  }
}

// Resident memory of one process, now and at its peak (VmHWM), in MB.
export function memoryOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1]);
    return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
  } catch {
    return null;
  }
}

const CLOCK_TICKS_PER_SECOND = 100;

// CPU seconds (user + system) spent so far by a process and all its descendants. Divided by the
// requests served, it is the cost of a request: far steadier on a busy machine than req/s.
export function cpuSecondsOfTree(pid: number): number {
  let ticks = 0;
  for (const member of descendants(pid)) {
    try {
      const stat = fs.readFileSync(`/proc/${member}/stat`, "utf8");
      // Fields after the command name (which may contain spaces) start at field 3.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited meanwhile
    }
  }
  return ticks / CLOCK_TICKS_PER_SECOND;
}

// Starts a new peak-memory window for a process (Linux: writing 5 to clear_refs resets VmHWM).
// False where that is not allowed; the peak then runs from the process start.
export function resetPeakMemory(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}
