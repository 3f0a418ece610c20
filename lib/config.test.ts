import { describe, expect, it } from "vitest";
import { getConfig } from "./config";

const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv;

describe("the server configuration", () => {
  it("keeps a 32 MB page cache and a 256 MB heap limit unless told otherwise", () => {
    const config = getConfig(env({}));
    expect(config.pageCacheBytes).toBe(32 * 1024 * 1024);
    expect(config.serverHeapMb).toBe(256);
  });

  it("turns the page cache off and leaves Node's heap default at 0", () => {
    const config = getConfig(env({ PAGE_CACHE_MB: "0", SERVER_HEAP_MB: "0" }));
    expect(config.pageCacheBytes).toBe(0);
    expect(config.serverHeapMb).toBe(0);
  });

  it("refuses to start with sizes that are not whole numbers of megabytes", () => {
    expect(() => getConfig(env({ PAGE_CACHE_MB: "lots" }))).toThrow(/PAGE_CACHE_MB/);
    expect(() => getConfig(env({ SERVER_HEAP_MB: "-1" }))).toThrow(/SERVER_HEAP_MB/);
  });
});
