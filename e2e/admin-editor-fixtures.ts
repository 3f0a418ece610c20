// What the editor and newsroom-journey specs share: one server of their own per worker (on a
// fresh database, see e2e/admin-auth-server.ts), staff accounts made straight in that database,
// and the steps of signing in and filling the editor.
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import {
  expect,
  request as playwrightRequest,
  test as base,
  type APIRequestContext,
  type Page,
} from "@playwright/test";
import { createUser } from "@/db/mutations/create-user";
import { openDatabase, type GazetiDatabase } from "@/db/open-database";
import { users, type Role } from "@/db/schema";
import { hashPassword } from "@/lib/auth/hash-password";
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  startAdminServer,
  type AdminServer,
} from "./admin-auth-server";
import { NEXT_RSC_REQUEST } from "@/server/next-internals/next-rsc-request";

const ACTION = NEXT_RSC_REQUEST.headers.action;

// Scheduled stories and breaking banners are handled every 2 s on this server instead of 30 s,
// so the specs wait seconds. Read by startAdminServer when it starts the server.
process.env.SCHEDULER_INTERVAL_SECONDS = "2";

export { ADMIN_EMAIL, ADMIN_PASSWORD };

export const test = base.extend<
  { baseURL: string },
  { adminServer: AdminServer; databasePath: string }
>({
  adminServer: [
    async ({}, provide, workerInfo) => {
      const server = await startAdminServer(workerInfo.workerIndex);
      await provide(server);
      await server.stop();
    },
    { scope: "worker", timeout: 300_000 },
  ],
  databasePath: [
    async ({}, provide, workerInfo) =>
      provide(
        path.join(
          path.resolve(process.env.E2E_DATA_DIR ?? "data/e2e"),
          `admin-auth-${workerInfo.workerIndex}.db`,
        ),
      ),
    { scope: "worker" },
  ],
  baseURL: async ({ adminServer }, provide) => provide(adminServer.baseURL),
});

export { expect };

export function unique(label: string): string {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

// Runs `work` on the server's database (for setting up people and checking what was stored).
export function withDatabase<T>(databasePath: string, work: (db: GazetiDatabase) => T): T {
  const db = openDatabase(databasePath);
  try {
    return work(db);
  } finally {
    db.$client.close();
  }
}

export type StaffAccount = { id: number; name: string; email: string; password: string };

// A member of staff with a password, made as the administrator would make one.
export async function createStaff(databasePath: string, role: Role): Promise<StaffAccount> {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  const account = {
    name: `E2E ${role} ${tag}`,
    email: `${role}-${tag}@gazeti.example`,
    password: `${role} passphrase ${tag}`,
  };
  const passwordHash = await hashPassword(account.password);
  const id = withDatabase(databasePath, (db) => {
    const admin = db.select().from(users).where(eq(users.email, ADMIN_EMAIL)).get()!;
    return createUser(
      db,
      { id: admin.id, role: admin.role },
      {
        name: account.name,
        email: account.email,
        slug: `e2e-${role}-${tag}`,
        role,
        passwordHash,
      },
    );
  });
  return { id, ...account };
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

export function signInAsAdmin(page: Page): Promise<void> {
  return signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
}

// A request context with only this page's session cookie.
export async function clientOf(page: Page, baseURL: string): Promise<APIRequestContext> {
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("gazeti_session"));
  return playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: cookie ? { cookie: `${cookie.name}=${cookie.value}` } : {},
  });
}

export function bodyEditor(page: Page) {
  return page.getByRole("textbox", { name: "Body" });
}

// Title, section, excerpt and body paragraphs, typed as a reporter would.
export async function fillStory(
  page: Page,
  story: { title: string; section: string; excerpt?: string; paragraphs: string[] },
): Promise<void> {
  await page.getByLabel("Title", { exact: true }).fill(story.title);
  await page.getByLabel("Category").selectOption({ label: story.section });
  if (story.excerpt) await page.getByLabel("Excerpt").fill(story.excerpt);
  const body = bodyEditor(page);
  await body.click();
  await body.pressSequentially(story.paragraphs.join("\n"), { delay: 0 });
}

export function articleIdOf(page: Page): number {
  const match = /\/admin\/articles\/(\d+)/.exec(page.url());
  if (!match) throw new Error(`not on an article's editor: ${page.url()}`);
  return Number(match[1]);
}

export async function photo(color: { r: number; g: number; b: number }): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 900, channels: 3, background: color } })
    .jpeg()
    .toBuffer();
}

// A server action request as the browser sent it, held back instead of sent, so a test can
// replay it with other credentials or other fields.
export type CapturedAction = { url: string; headers: Record<string, string>; body: Buffer };

export async function captureActionPost(
  page: Page,
  submit: () => Promise<void>,
): Promise<CapturedAction> {
  const captured = new Promise<CapturedAction>((resolve) => {
    void page.route(/\/admin\/articles(\/.*)?$/, async (route) => {
      const request = route.request();
      if (request.method() !== "POST" || !request.headers()[ACTION]) {
        return route.continue();
      }
      resolve({
        url: request.url(),
        headers: request.headers(),
        body: request.postDataBuffer() ?? Buffer.alloc(0),
      });
      await route.abort();
    });
  });
  await submit();
  const action = await captured;
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return action;
}

// A multipart form field's value replaced, whatever prefix React gave the field's name.
export function replaceFormField(body: Buffer, field: string, value: string): Buffer {
  const text = body.toString("utf8");
  // React prefixes the fields of a form passed to an action ("_1_title").
  const pattern = new RegExp(`(name="(?:_?\\d+_)?${field}"\\r\\n\\r\\n)[\\s\\S]*?(\\r\\n--)`);
  if (!pattern.test(text)) throw new Error(`no ${field} field in the captured form`);
  return Buffer.from(
    text.replace(pattern, (_match, head: string, tail: string) => head + value + tail),
  );
}

export function replay(
  client: APIRequestContext,
  action: CapturedAction,
  body: Buffer,
  baseURL: string,
) {
  return client.post(action.url, {
    headers: {
      [ACTION]: action.headers[ACTION]!,
      "content-type": action.headers["content-type"]!,
      accept: NEXT_RSC_REQUEST.contentType,
      origin: baseURL,
    },
    data: body,
    maxRedirects: 0,
  });
}
