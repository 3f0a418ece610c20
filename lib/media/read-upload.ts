import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { MAX_UPLOAD_BYTES } from "./max-upload-bytes";
import { readStreamWithLimit, tooLarge } from "./read-stream-with-limit";
import { UploadError } from "./upload-error";

export type Upload = { bytes: Buffer; fields: Record<string, string> };

// Room for the multipart boundaries and the text fields next to the file.
const MULTIPART_OVERHEAD = 64 * 1024;
const FIELD_NAMES = new Set(["alt", "caption", "credit"]);

// The uploaded file, read while it streams in and refused as soon as it passes the limit (a
// declared Content-Length over it is refused before reading anything). Accepts a form post
// (multipart/form-data with a "file" field and optional alt, caption and credit) or the raw
// file as the request body.
export async function readUpload(request: Request, maxBytes = MAX_UPLOAD_BYTES): Promise<Upload> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > maxBytes + MULTIPART_OVERHEAD) throw tooLarge(maxBytes);
  if (!request.body) throw new UploadError(400, "Choose an image to upload.");
  const contentType = request.headers.get("content-type") ?? "";
  if (/^multipart\/form-data/i.test(contentType)) {
    return readMultipart(request.body, contentType, maxBytes);
  }
  return { bytes: await readStreamWithLimit(request.body, maxBytes), fields: {} };
}

function readMultipart(
  body: ReadableStream<Uint8Array>,
  contentType: string,
  maxBytes: number,
): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": contentType },
        limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 4096, parts: 12 },
      });
    } catch {
      reject(new UploadError(400, "The upload could not be read."));
      return;
    }
    const source = Readable.fromWeb(body as NodeReadableStream<Uint8Array>);
    const fields: Record<string, string> = {};
    let file: Promise<Buffer> | null = null;
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      source.unpipe(parser);
      source.destroy();
      reject(error);
    };
    parser.on("field", (name, value) => {
      if (FIELD_NAMES.has(name)) fields[name] = value;
    });
    parser.on("file", (name, stream) => {
      if (name !== "file" || file) {
        stream.resume();
        return;
      }
      file = new Promise((done) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("limit", () => fail(tooLarge(maxBytes)));
        stream.on("end", () => done(Buffer.concat(chunks)));
      });
    });
    parser.on("error", () => fail(new UploadError(400, "The upload could not be read.")));
    parser.on("close", () => {
      if (settled) return;
      if (!file) {
        fail(new UploadError(400, "Choose an image to upload."));
        return;
      }
      file.then((bytes) => {
        if (settled) return;
        settled = true;
        resolve({ bytes, fields });
      }, fail);
    });
    source.on("error", () => fail(new UploadError(400, "The upload was interrupted.")));
    source.pipe(parser);
  });
}
