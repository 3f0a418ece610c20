import { afterEach, describe, expect, it, vi } from "vitest";
import { internalRequestSecret } from "./internal-request-secret";
import { isInternalRequest } from "./is-internal-request";
import { startPublishScheduler, type Scheduler } from "./start-publish-scheduler";

let scheduler: Scheduler | undefined;
afterEach(() => {
  scheduler?.stop();
  vi.useRealTimers();
});

describe("the publish scheduler", () => {
  it("keeps trying while the server starts, then calls the internal route at its interval", async () => {
    vi.useFakeTimers();
    const calls: Request[] = [];
    let up = false;
    const fetchImpl = vi.fn(async (url: URL | RequestInfo, init?: RequestInit) => {
      calls.push(new Request(url, init));
      if (!up) throw new TypeError("fetch failed: ECONNREFUSED");
      return Response.json({ published: [] });
    });
    scheduler = startPublishScheduler({
      intervalMs: 30_000,
      baseUrl: "http://127.0.0.1:3999",
      startupRetryMs: 1000,
      fetchImpl: fetchImpl as typeof fetch,
      log: () => {},
    });
    await vi.advanceTimersByTimeAsync(2_500);
    expect(calls).toHaveLength(2);
    up = true;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveLength(4);
    const last = calls.at(-1)!;
    expect(last.method).toBe("POST");
    expect(last.url).toBe("http://127.0.0.1:3999/api/internal/publish-due");
    expect(isInternalRequest(last)).toBe(true);
  });

  it("runs once per process however often it is started", () => {
    const options = { intervalMs: 1000, baseUrl: "http://127.0.0.1:1", log: () => {} };
    scheduler = startPublishScheduler(options);
    expect(startPublishScheduler(options)).toBe(scheduler);
  });
});

describe("internal requests", () => {
  it("are recognised only with this process's secret", () => {
    const request = (authorization?: string) =>
      new Request("http://localhost/api/internal/publish-due", {
        method: "POST",
        headers: authorization ? { authorization } : {},
      });
    expect(isInternalRequest(request(`Bearer ${internalRequestSecret()}`))).toBe(true);
    expect(isInternalRequest(request())).toBe(false);
    expect(isInternalRequest(request("Bearer guessed"))).toBe(false);
    expect(isInternalRequest(request(internalRequestSecret()))).toBe(false);
  });
});
