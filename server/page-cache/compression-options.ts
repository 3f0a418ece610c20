import zlib from "node:zlib";

// Brotli's window defaults to 4 MB, with the encoder's tables sized to match: a window just
// larger than the body compresses the same and keeps each compression to a few megabytes.
function windowBits(size: number): number {
  return Math.min(24, Math.max(16, Math.ceil(Math.log2(size + 1))));
}

export const COMPRESSION_OPTIONS = {
  // Compressed once per stored page, off the main thread. Brotli makes an article about 30 %
  // smaller than gzip does, which readers on metered data pay for; quality 6 costs about as much
  // CPU as gzip (qualities 9 to 11 win a few percent more for 10 to 100 times the time).
  page: {
    gzip: { level: 6 } satisfies zlib.ZlibOptions,
    brotli: (size: number): zlib.BrotliOptions => ({
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 6,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
        [zlib.constants.BROTLI_PARAM_LGWIN]: windowBits(size),
      },
    }),
  },
  // Next's content-hashed JavaScript and CSS never change under their address: compressed once
  // at the best ratio, which saves a reader on metered data about 20 KB of the ~140 KB of
  // JavaScript a first visit downloads, then kept until evicted.
  asset: {
    gzip: { level: 9 } satisfies zlib.ZlibOptions,
    brotli: (size: number): zlib.BrotliOptions => ({
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
        [zlib.constants.BROTLI_PARAM_LGWIN]: windowBits(size),
      },
    }),
  },
};
