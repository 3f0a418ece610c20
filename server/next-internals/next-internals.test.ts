// Canaries: each private Next.js API this folder uses (docs/decisions/0011-next-internals.md),
// checked against the installed Next, so that an upgrade that changes one fails here, by name,
// instead of quietly breaking the page cache, the surrogate keys or the server's start-up.
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import * as appRouterHeaders from "next/dist/client/components/app-router-headers";
import * as nextConstants from "next/dist/lib/constants";
import loadNextConfig from "next/dist/server/config";
import { ROUTE_CACHE_DIRECTORY } from "next/dist/server/lib/route-cache-key";
import { PHASE_PRODUCTION_SERVER, SERVER_FILES_MANIFEST } from "next/dist/shared/lib/constants";
import { afterEach, describe, expect, it } from "vitest";
import { applyBuiltNextConfig } from "./apply-built-next-config";
import { NEXT_CACHE_HEADER } from "./next-cache-header";
import { NEXT_CACHE_TAGS_HEADER } from "./next-cache-tags-header.mjs";
import { NEXT_IMPLICIT_TAG_PREFIX } from "./next-implicit-tag-prefix.mjs";
import { NEXT_RSC_REQUEST } from "./next-rsc-request";
import { readBuiltNextConfig } from "./read-built-next-config";
import { routeCacheDir } from "./route-cache-dir";

const require = createRequire(import.meta.url);
const nextFile = (file: string) => fs.readFileSync(require.resolve(`next/dist/${file}`), "utf8");

const temporaryDirs: string[] = [];
function temporaryDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gazeti-next-internals-"));
  temporaryDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the ISR cache handler's base class", () => {
  it("is still Next's file-system cache at the deep import path, a class with get and set", async () => {
    const imported = await import("next/dist/server/lib/incremental-cache/file-system-cache.js");
    const FileSystemCache = imported.default ?? imported;
    expect(typeof FileSystemCache).toBe("function");
    expect(typeof FileSystemCache.prototype.get).toBe("function");
    expect(typeof FileSystemCache.prototype.set).toBe("function");
  });

  it("is what our handler extends", async () => {
    const { default: IsrCacheHandler } = await import("./isr-cache-handler.mjs");
    const imported = await import("next/dist/server/lib/incremental-cache/file-system-cache.js");
    expect(Object.getPrototypeOf(IsrCacheHandler)).toBe(imported.default ?? imported);
  });
});

describe("the cache tags in Next's cache entries", () => {
  it("are recorded under the header surrogate-keys.mjs reads", () => {
    expect(NEXT_CACHE_TAGS_HEADER).toBe(nextConstants.NEXT_CACHE_TAGS_HEADER);
  });

  it("include Next's implicit path tags under the prefix surrogate keys leave out", () => {
    expect(NEXT_IMPLICIT_TAG_PREFIX).toBe(nextConstants.NEXT_CACHE_IMPLICIT_TAG_ID);
  });
});

describe("Next's client-side requests for RSC payloads", () => {
  it("use the header names the page cache leaves to Next", () => {
    expect(NEXT_RSC_REQUEST.headers).toEqual({
      rsc: appRouterHeaders.RSC_HEADER,
      action: appRouterHeaders.ACTION_HEADER,
      routerStateTree: appRouterHeaders.NEXT_ROUTER_STATE_TREE_HEADER,
      routerPrefetch: appRouterHeaders.NEXT_ROUTER_PREFETCH_HEADER,
      routerSegmentPrefetch: appRouterHeaders.NEXT_ROUTER_SEGMENT_PREFETCH_HEADER,
    });
  });

  it("send no header Next counts as one of them that the page cache does not know", () => {
    // Only the development server's hot reload is left out: a production browser never sends it.
    const known = new Set<string>(Object.values(NEXT_RSC_REQUEST.headers));
    const unknown = appRouterHeaders.FLIGHT_HEADERS.filter(
      (name) => !known.has(name) && name !== appRouterHeaders.NEXT_HMR_REFRESH_HEADER,
    );
    expect(unknown).toEqual([]);
  });

  it("use the cache-busting query parameter and answer with the content type we expect", () => {
    expect(NEXT_RSC_REQUEST.query).toBe(appRouterHeaders.NEXT_RSC_UNION_QUERY);
    expect(NEXT_RSC_REQUEST.contentType).toBe(appRouterHeaders.RSC_CONTENT_TYPE_HEADER);
  });
});

describe("Next's x-nextjs-cache response header", () => {
  // Next sets it as a bare string in its route templates: read there (e2e/next-internals.spec.ts
  // checks what a running server sends).
  it.each(["build/templates/app-page-runtime.js", "build/templates/app-route.js"])(
    "is still set, with a STALE state, by %s",
    (template) => {
      const source = nextFile(template);
      expect(source).toContain(`res.setHeader('${NEXT_CACHE_HEADER.name}'`);
      expect(source).toContain(`'${NEXT_CACHE_HEADER.stale}'`);
      expect(source).toContain(`'${NEXT_CACHE_HEADER.hit}'`);
    },
  );

  it("is the one the Varnish configuration reads for stale pages", () => {
    const vcl = fs.readFileSync("deploy/varnish/gazeti.vcl", "utf8");
    expect(vcl).toContain(`beresp.http.${NEXT_CACHE_HEADER.name} == "${NEXT_CACHE_HEADER.stale}"`);
  });
});

describe("the folder of Next's rendered pages", () => {
  it("is the route cache directory under the build's server output", () => {
    expect(routeCacheDir(".next")).toBe(path.join(".next", "server", ROUTE_CACHE_DIRECTORY));
  });
});

describe("starting Next from the configuration the build resolved", () => {
  const VARIABLE = "__NEXT_PRIVATE_STANDALONE_CONFIG";
  const saved = process.env[VARIABLE];
  afterEach(() => {
    if (saved === undefined) delete process.env[VARIABLE];
    else process.env[VARIABLE] = saved;
  });

  function fakeBuild(config: Record<string, unknown>): string {
    const distDir = temporaryDir();
    const manifest = path.join(distDir, `${SERVER_FILES_MANIFEST}.json`);
    fs.writeFileSync(manifest, JSON.stringify({ version: 1, config, files: [] }));
    return distDir;
  }

  it("reads the configuration from the file Next's build writes", () => {
    const distDir = fakeBuild({ cacheMaxMemorySize: 123 });
    expect(readBuiltNextConfig(distDir)).toEqual({ cacheMaxMemorySize: 123 });
  });

  it("fails with a clear message when that file has no configuration", () => {
    const distDir = temporaryDir();
    fs.writeFileSync(path.join(distDir, `${SERVER_FILES_MANIFEST}.json`), "{}");
    expect(() => readBuiltNextConfig(distDir)).toThrow(/has no "config"/);
  });

  it("is the configuration Next loads, without reading next.config.ts", async () => {
    const distDir = fakeBuild({ cacheMaxMemorySize: 123, poweredByHeader: false });
    const applied = applyBuiltNextConfig(distDir);
    // An empty folder: Next would find no next.config.ts there to fall back on.
    const loaded = await loadNextConfig(PHASE_PRODUCTION_SERVER, temporaryDir());
    expect(loaded).toEqual(applied);
    expect(loaded).toMatchObject({ distDir, cacheMaxMemorySize: 123 });
  });
});
