import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

export type CapturedResponse = { ended: () => boolean };

// Holds back what Next writes to `response` (status, headers, body chunks, streamed or whole) so
// that the page can be stored and compressed before anything is sent. When Next ends the
// response, writeHead and end are given back and `finish` receives the whole body, to send the
// real answer; if it fails, `fail` does. Nothing reaches the client until then.
export function captureResponse(
  response: ServerResponse,
  finish: (body: Buffer) => Promise<void>,
  fail: (error: unknown) => void,
): CapturedResponse {
  const chunks: Buffer[] = [];
  const { writeHead, end } = response;
  let finished = false;
  response.writeHead = function capturedWriteHead(
    this: ServerResponse,
    statusCode: number,
    ...rest: unknown[]
  ) {
    response.statusCode = statusCode;
    const headers = rest.find((value) => typeof value === "object" && value !== null);
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) {
        response.setHeader(String(headers[i]), headers[i + 1] as string);
      }
    } else if (headers) {
      for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) {
        if (value !== undefined) response.setHeader(name, value);
      }
    }
    return response;
  } as ServerResponse["writeHead"];
  response.flushHeaders = () => {};
  response.write = function capturedWrite(chunk: unknown, ...rest: unknown[]) {
    chunks.push(toBuffer(chunk, rest[0]));
    const callback = rest.find((value) => typeof value === "function") as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  } as ServerResponse["write"];
  response.end = function capturedEnd(...args: unknown[]) {
    if (finished) return response;
    finished = true;
    const callback = args.find((value) => typeof value === "function") as (() => void) | undefined;
    if (args.length > 0 && typeof args[0] !== "function" && args[0] != null) {
      chunks.push(toBuffer(args[0], args[1]));
    }
    response.writeHead = writeHead;
    response.end = end;
    void finish(Buffer.concat(chunks)).then(callback, fail);
    return response;
  } as ServerResponse["end"];
  return { ended: () => finished };
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
  return Buffer.from(
    String(chunk),
    typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8",
  );
}
