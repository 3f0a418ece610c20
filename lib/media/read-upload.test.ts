import { describe, expect, it } from "vitest";
import { readStreamWithLimit } from "./read-stream-with-limit";
import { readUpload } from "./read-upload";
import { UploadError } from "./upload-error";

const KB = 1024;

// A sender that would go on for ever, counting how many chunks were pulled from it.
function endlessStream(chunkSize: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 1;
      controller.enqueue(new Uint8Array(chunkSize));
    },
  });
  return { stream, pulled: () => pulled };
}

function multipart(file: Uint8Array<ArrayBuffer>, fields: Record<string, string> = {}): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("file", new Blob([file]), "photo.jpg");
  return new Request("http://localhost/api/admin/media", { method: "POST", body: form });
}

describe("reading an upload with a size limit", () => {
  it("stops reading as soon as the limit is passed, however much more is coming", async () => {
    const sender = endlessStream(64 * KB);
    await expect(readStreamWithLimit(sender.stream, 256 * KB)).rejects.toMatchObject({
      status: 413,
    });
    expect(sender.pulled()).toBeLessThanOrEqual(6);
  });

  it("returns a file within the limit whole", async () => {
    const body = new Blob([new Uint8Array(100 * KB).fill(7)]).stream();
    const bytes = await readStreamWithLimit(body, 100 * KB);
    expect(bytes.length).toBe(100 * KB);
    expect(bytes[0]).toBe(7);
  });

  it("refuses a declared Content-Length over the limit before reading the body", async () => {
    const sender = endlessStream(KB);
    const request = new Request("http://localhost/upload", {
      method: "POST",
      body: sender.stream,
      headers: { "content-length": String(11 * 1024 * KB) },
      duplex: "half",
    } as RequestInit);
    await expect(readUpload(request)).rejects.toMatchObject({ status: 413 });
    expect(sender.pulled()).toBeLessThanOrEqual(1);
  });

  it("reads the file and its alt text, caption and credit from a form post", async () => {
    const upload = await readUpload(
      multipart(new Uint8Array([1, 2, 3]), {
        alt: "A market at dawn",
        credit: "Staff",
        other: "x",
      }),
    );
    expect([...upload.bytes]).toEqual([1, 2, 3]);
    expect(upload.fields).toEqual({ alt: "A market at dawn", credit: "Staff" });
  });

  it("refuses a form post whose file is over the limit while it streams", async () => {
    const error = await readUpload(multipart(new Uint8Array(300 * KB)), 200 * KB).catch((e) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({ status: 413, message: expect.stringMatching(/larger than/) });
  });

  it("refuses a form post without a file", async () => {
    const form = new FormData();
    form.append("alt", "No file here");
    const request = new Request("http://localhost/upload", { method: "POST", body: form });
    await expect(readUpload(request)).rejects.toMatchObject({ status: 400 });
  });

  it("takes a raw body as the file itself", async () => {
    const request = new Request("http://localhost/upload", {
      method: "POST",
      body: new Uint8Array([9, 8, 7]),
      headers: { "content-type": "image/jpeg" },
    });
    expect([...(await readUpload(request)).bytes]).toEqual([9, 8, 7]);
  });
});
