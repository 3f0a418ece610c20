// Runs once when a server process starts (never during `next build`).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getConfig } = await import("./lib/config");
  const { startPublishScheduler } = await import("./server/scheduler/start-publish-scheduler");
  const config = getConfig();
  if (config.schedulerIntervalMs === 0) return;
  startPublishScheduler({
    intervalMs: config.schedulerIntervalMs,
    baseUrl: `http://127.0.0.1:${config.port}`,
  });
}
