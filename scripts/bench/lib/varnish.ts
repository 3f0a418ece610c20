import fs from "node:fs";
import path from "node:path";
import { ensureDebianTool, startProcess, waitForHttp, type Started } from "./processes";

const VCL_DIR = path.resolve("deploy/varnish");
const XKEY_VMOD_DIRS = ["/usr/lib/x86_64-linux-gnu/varnish/vmods", "/usr/lib/varnish/vmods"];

function hasXkeyVmod(): boolean {
  return XKEY_VMOD_DIRS.some((dir) => fs.existsSync(path.join(dir, "libvmod_xkey.so")));
}

// Varnish 7 with the xkey vmod (Debian: varnish + varnish-modules), installed when missing and
// possible.
export function ensureVarnish(): { ok: true } | { ok: false; reason: string } {
  const varnishd = ensureDebianTool("varnishd", ["varnish", "varnish-modules"]);
  if (!varnishd.ok) return varnishd;
  if (hasXkeyVmod()) return { ok: true };
  return ensureDebianTool("varnishd", ["varnish-modules"], hasXkeyVmod);
}

// deploy/varnish/gazeti.vcl as committed; only the backend file differs (the bench's port),
// found first on vcl_path.
export async function startVarnish(options: {
  port: number;
  backendPort: number;
  workDir: string;
  logDir: string;
}): Promise<{ url: string; started: Started }> {
  const { workDir } = options;
  fs.mkdirSync(workDir, { recursive: true });
  fs.chmodSync(workDir, 0o755);
  const backend = fs
    .readFileSync(path.join(VCL_DIR, "gazeti-backend.vcl"), "utf8")
    .replace(/\.port = "\d+";/, `.port = "${options.backendPort}";`);
  fs.writeFileSync(path.join(workDir, "gazeti-backend.vcl"), backend, { mode: 0o644 });
  const started = startProcess(
    "varnish",
    "varnishd",
    [
      "-F",
      "-a",
      `127.0.0.1:${options.port}`,
      "-f",
      path.join(VCL_DIR, "gazeti.vcl"),
      "-p",
      `vcl_path=${workDir}:${VCL_DIR}`,
      "-n",
      path.join(workDir, "instance"),
      "-s",
      "malloc,256m",
      "-T",
      "none",
    ],
    { logDir: options.logDir },
  );
  const url = `http://127.0.0.1:${options.port}`;
  await waitForHttp(`${url}/api/health`, {
    timeoutMs: 30_000,
    started,
    accept: (status) => status === 200,
  });
  return { url, started };
}
