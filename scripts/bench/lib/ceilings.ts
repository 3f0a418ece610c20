import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { startProcess, waitForHttp, type Started } from "./processes";

export const CEILING_PATH = "/article.html";

// The article exactly as the portal served it, as a file (and its gzip, made once ahead of time,
// as a static site would ship it).
export function writeCeilingFiles(dir: string, html: Buffer): string {
  fs.mkdirSync(dir, { recursive: true });
  // nginx's workers run as an unprivileged user: they must be able to read the files.
  fs.chmodSync(dir, 0o755);
  const file = path.join(dir, CEILING_PATH.slice(1));
  fs.writeFileSync(file, html, { mode: 0o644 });
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(html, { level: 9 }), { mode: 0o644 });
  return file;
}

export async function startNodeStatic(port: number, file: string, logDir: string) {
  const started = startProcess(
    "node-static",
    process.execPath,
    [path.resolve("scripts/bench/static-server.mjs"), String(port), file],
    { logDir },
  );
  const url = `http://127.0.0.1:${port}${CEILING_PATH}`;
  await waitForHttp(url, { timeoutMs: 10_000, started, accept: (status) => status === 200 });
  return { url, started };
}

// nginx as it serves static files in production: sendfile, open-file cache, gzip_static, no
// access log (wrk would otherwise measure the disk).
export async function startNginx(
  port: number,
  file: string,
  workDir: string,
  logDir: string,
): Promise<{ url: string; started: Started }> {
  fs.mkdirSync(workDir, { recursive: true });
  const config = path.join(workDir, "nginx.conf");
  fs.writeFileSync(
    config,
    `worker_processes auto;
pid ${workDir}/nginx.pid;
error_log ${workDir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  open_file_cache max=64 inactive=60s;
  gzip_static on;
  gzip_vary on;
  default_type "text/html; charset=utf-8";
  client_body_temp_path ${workDir}/client_body;
  proxy_temp_path ${workDir}/proxy;
  fastcgi_temp_path ${workDir}/fastcgi;
  uwsgi_temp_path ${workDir}/uwsgi;
  scgi_temp_path ${workDir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${path.dirname(file)};
    location / { try_files $uri =404; }
  }
}
`,
  );
  const started = startProcess(
    "nginx",
    "nginx",
    ["-c", config, "-p", workDir, "-e", `${workDir}/error.log`, "-g", "daemon off;"],
    { logDir },
  );
  const url = `http://127.0.0.1:${port}${CEILING_PATH}`;
  await waitForHttp(url, { timeoutMs: 10_000, started, accept: (status) => status === 200 });
  return { url, started };
}
