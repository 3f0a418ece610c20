// The Node ceiling of the benchmark: the article's HTML served from memory, gzipped ahead of time,
// by a bare node:http server. Nothing a real page server could do is cheaper in Node.
// Usage: node static-server.mjs <port> <file.html> (reads <file.html>.gz beside it).
import fs from "node:fs";
import http from "node:http";

const [port, file] = process.argv.slice(2);
const plain = fs.readFileSync(file);
const gzipped = fs.readFileSync(`${file}.gz`);

http
  .createServer((request, response) => {
    const gzip = /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
    const body = gzip ? gzipped : plain;
    response.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": body.length,
      Vary: "Accept-Encoding",
      ...(gzip ? { "Content-Encoding": "gzip" } : {}),
    });
    response.end(request.method === "HEAD" ? undefined : body);
  })
  .listen(Number(port), "127.0.0.1");
