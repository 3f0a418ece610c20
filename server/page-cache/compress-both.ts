import { promisify } from "node:util";
import zlib from "node:zlib";
import { COMPRESSION_OPTIONS } from "./compression-options";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

// A body in both codings the page cache serves, compressed on the thread pool.
export async function compressBoth(
  body: Buffer,
  options: (typeof COMPRESSION_OPTIONS)["page" | "asset"],
): Promise<{ gzip: Buffer; brotli: Buffer }> {
  const [gzipped, brotlied] = await Promise.all([
    gzip(body, options.gzip),
    brotli(body, options.brotli(body.length)),
  ]);
  return { gzip: gzipped, brotli: brotlied };
}
