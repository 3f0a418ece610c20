import { processGlobal } from "@/lib/process-global";
import { internalRequestSecret } from "./internal-request-secret";
import { PUBLISH_DUE_PATH } from "./publish-due-path";

export type SchedulerOptions = {
  intervalMs: number;
  // The server's own address, e.g. http://127.0.0.1:3000.
  baseUrl: string;
  // While the server is starting it cannot answer yet: retry this often until it does.
  startupRetryMs?: number;
  fetchImpl?: typeof fetch;
  log?: (line: string) => void;
};

export type Scheduler = { stop: () => void; runNow: () => Promise<void> };

// One scheduler per process, however many of Next's bundles start it.
const store = processGlobal<{ running?: Scheduler }>("publish-scheduler", () => ({}));

// Publishes scheduled stories when they are due, whether or not anyone visits the site. Next's
// cache refresh (revalidateTag) only works inside a request, so each tick is a request to this
// same server's internal route, authenticated with the process's secret; that route claims the
// due stories, publishes them and refreshes their pages exactly like a manual publish. The first
// tick runs as soon as the server answers, catching up on anything missed while it was down.
// Ticks never overlap, and the timer never keeps the process alive.
export function startPublishScheduler(options: SchedulerOptions): Scheduler {
  if (store.running) return store.running;
  const log = options.log ?? ((line: string) => console.log(`[gazeti] ${line}`));
  const fetchImpl = options.fetchImpl ?? fetch;
  const startupRetryMs = options.startupRetryMs ?? 1000;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let reachable = false;

  const tick = async (): Promise<void> => {
    try {
      const response = await fetchImpl(new URL(PUBLISH_DUE_PATH, options.baseUrl), {
        method: "POST",
        headers: { authorization: `Bearer ${internalRequestSecret()}` },
        signal: AbortSignal.timeout(Math.max(10_000, options.intervalMs)),
      });
      reachable = true;
      if (!response.ok) {
        log(`Scheduler: publishing due stories failed with HTTP ${response.status}`);
        await response.body?.cancel();
        return;
      }
      const result = (await response.json()) as { published: number[] };
      if (result.published.length > 0) {
        log(`Scheduler: published scheduled stories ${result.published.join(", ")}`);
      }
    } catch (error) {
      // Refused connections are expected until the server listens; anything later is logged.
      if (reachable) {
        log(`Scheduler: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(async () => {
      await tick();
      schedule(reachable ? options.intervalMs : startupRetryMs);
    }, delay);
    timer.unref();
  };

  const scheduler: Scheduler = {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      delete store.running;
    },
    runNow: tick,
  };
  store.running = scheduler;
  schedule(startupRetryMs);
  return scheduler;
}
