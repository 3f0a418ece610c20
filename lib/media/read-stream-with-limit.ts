import { UploadError } from "./upload-error";

// Reads a stream into memory, refusing it as soon as it passes `maxBytes`: at most one chunk
// beyond the limit is ever held, whatever the sender claims or keeps sending.
export async function readStreamWithLimit(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Buffer> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

export function tooLarge(maxBytes: number): UploadError {
  return new UploadError(413, `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
}
