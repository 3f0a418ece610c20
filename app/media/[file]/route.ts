import fs from "node:fs/promises";
import path from "node:path";
import { getConfig } from "@/lib/config";

const CONTENT_TYPES: Record<string, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpg: "image/jpeg",
};

// Only names the rendition writer produces (widths in every format, the fixed-ratio crops as
// JPEG); anything else (dot-dot, other extensions) is a 404 before the file system is touched.
const FILE_PATTERN = /^[a-f0-9]{24}-(?:\d{1,4}\.(avif|webp|jpg)|c(?:16x9|4x3|1x1)\.(jpg))$/;

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = FILE_PATTERN.exec(file);
  if (!match) return new Response("Not found", { status: 404 });
  try {
    const data = await fs.readFile(path.join(getConfig().dataDir, "media", file));
    return new Response(new Uint8Array(data), {
      headers: {
        "Content-Type": CONTENT_TYPES[(match[1] ?? match[2])!]!,
        "Content-Length": String(data.length),
        // Content-hashed names never change their bytes.
        "Cache-Control": "public, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch {
    return new Response("Not found", { status: 404 });
  }
}
