// The newsroom's front door: signing in and out, throttling, and the server refusing anyone
// outside their role even when they post straight to an action or a route handler. Runs against
// a server of its own (e2e/admin-auth-server.ts), because it writes.
import AxeBuilder from "@axe-core/playwright";
import {
  expect,
  request as playwrightRequest,
  test as base,
  type APIRequestContext,
  type Browser,
  type Page,
} from "@playwright/test";
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  startAdminServer,
  type AdminServer,
} from "./admin-auth-server";
import { NEXT_RSC_REQUEST } from "@/server/next-internals/next-rsc-request";

const ACTION = NEXT_RSC_REQUEST.headers.action;

const test = base.extend<{ baseURL: string }, { adminServer: AdminServer }>({
  adminServer: [
    async ({}, provide, workerInfo) => {
      const server = await startAdminServer(workerInfo.workerIndex);
      await provide(server);
      await server.stop();
    },
    { scope: "worker", timeout: 300_000 },
  ],
  baseURL: async ({ adminServer }, provide) => provide(adminServer.baseURL),
});

// One server per worker; the tests of this file share its accounts, in order.
test.describe.configure({ mode: "default" });

const ADMIN_PAGES = [
  "/admin",
  "/admin/users",
  "/admin/categories",
  "/admin/tags",
  "/admin/audit",
  "/admin/account",
];

function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@gazeti.example`;
}

function signInError(page: Page) {
  return page.getByRole("form", { name: "Sign in" }).getByRole("alert");
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signInAsAdmin(page: Page): Promise<void> {
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
}

/** Creates a user through the Users screen, as an administrator. */
async function createUser(
  browser: Browser,
  baseURL: string,
  user: { name: string; email: string; role: string; password: string },
): Promise<void> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInAsAdmin(page);
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel("Name").fill(user.name);
  await form.getByLabel("Email").fill(user.email);
  await form.getByLabel("Role").selectOption(user.role);
  await form.getByLabel("Password").fill(user.password);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
  await context.close();
}

/** The emails on the Users screen, read by an administrator. */
async function listedEmails(browser: Browser, baseURL: string): Promise<string> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInAsAdmin(page);
  await page.goto("/admin/users");
  const text = await page.getByRole("region", { name: /Staff/ }).innerText();
  await context.close();
  return text;
}

/** A request context carrying only the given session cookie (or none). */
async function clientWith(baseURL: string, cookie?: { name: string; value: string }) {
  return playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: cookie ? { cookie: `${cookie.name}=${cookie.value}` } : {},
  });
}

async function sessionCookieOf(page: Page) {
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("gazeti_session"));
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

test("the sign-in page has an Email and a Password field, a Sign in button, and passes axe", async ({
  page,
}) => {
  const response = await page.goto("/admin/login");
  expect(response?.status()).toBe(200);
  await expect(page.getByLabel("Email")).toHaveAttribute("type", "email");
  await expect(page.getByLabel("Password")).toHaveAttribute("type", "password");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test("every admin response is uncacheable, unindexed and locked down by a Content Security Policy", async ({
  request,
}) => {
  for (const path of ["/admin/login", "/admin"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["cache-control"], path).toContain("no-store");
    expect(headers["x-robots-tag"], path).toContain("noindex");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBeTruthy();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toMatch(/script-src [^;]*'nonce-/);
  }
});

test("an administrator signs in to the dashboard and signs out, and the old cookie is dead", async ({
  page,
  baseURL,
}) => {
  await signInAsAdmin(page);
  for (const heading of ["Waiting for review", "Scheduled", "Recently published", "My articles"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  const cookie = await sessionCookieOf(page);
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe("Lax");
  expect(Buffer.from(cookie.value, "base64url").length).toBeGreaterThanOrEqual(16);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login/);

  const replay = await clientWith(baseURL, cookie);
  const response = await replay.get("/admin", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toContain("/admin/login");
  await replay.dispose();
});

test("signing in again gives a new session token", async ({ page }) => {
  await signInAsAdmin(page);
  const first = (await sessionCookieOf(page)).value;
  await page.context().clearCookies();
  await signInAsAdmin(page);
  expect((await sessionCookieOf(page)).value).not.toBe(first);
});

test("five wrong passwords on a throwaway account make the sixth try wait, even with the right password", async ({
  browser,
  baseURL,
  page,
}) => {
  const email = uniqueEmail("throwaway");
  const password = "throwaway account passphrase";
  await createUser(browser, baseURL, {
    name: "Throwaway Account",
    email,
    role: "contributor",
    password,
  });
  for (let i = 1; i <= 5; i++) {
    await signIn(page, email, `wrong password ${i}`);
    await expect(signInError(page)).toContainText("do not match");
  }
  await signIn(page, email, password);
  await expect(signInError(page)).toContainText("Try again later");
  await expect(page).toHaveURL(/\/admin\/login/);
});

test("anonymous requests to admin pages are sent to sign in, and come back after it", async ({
  request,
  page,
}) => {
  for (const path of ADMIN_PAGES) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers()["location"], path).toMatch(/^\/admin\/login/);
  }
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fusers$/);
  await page.getByLabel("Email").fill(ADMIN_EMAIL);
  await page.getByLabel("Password").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
});

test("a forged session cookie opens nothing", async ({ baseURL }) => {
  const forged = await clientWith(baseURL, { name: "gazeti_session", value: "A".repeat(43) });
  for (const path of ADMIN_PAGES) {
    const response = await forged.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
  }
  await forged.dispose();
});

test.describe("a contributor", () => {
  const contributor = {
    name: "Field Contributor",
    email: uniqueEmail("contributor"),
    role: "contributor",
    password: "contributor field passphrase",
  };

  test.beforeAll(async ({ browser, adminServer }) => {
    await createUser(browser, adminServer.baseURL, contributor);
  });

  test("cannot open the users, categories, tags or audit screens", async ({ page }) => {
    await signIn(page, contributor.email, contributor.password);
    await expect(page).toHaveURL(/\/admin$/);
    const nav = page.getByRole("navigation", { name: "Newsroom" });
    await expect(nav.getByRole("link", { name: "Dashboard" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
    for (const path of ["/admin/users", "/admin/categories", "/admin/tags", "/admin/audit"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: "Not for your role" })).toBeVisible();
    }
  });

  test("cannot create users by posting the administrator's server action directly", async ({
    browser,
    baseURL,
    page,
  }) => {
    // Capture the real "Add user" action request an administrator's browser makes, without
    // letting it through, then replay it with other credentials.
    await signInAsAdmin(page);
    await page.goto("/admin/users");
    const victim = uniqueEmail("smuggled");
    const form = page.getByRole("form", { name: "Add a user" });
    await form.getByLabel("Name").fill("Smuggled Administrator");
    await form.getByLabel("Email").fill(victim);
    await form.getByLabel("Role").selectOption("administrator");
    await form.getByLabel("Password").fill("smuggled admin passphrase");
    const captured = new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve) => {
      void page.route("**/admin/users", async (route) => {
        const request = route.request();
        if (request.method() !== "POST") return route.continue();
        resolve({ headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) });
        await route.abort();
      });
    });
    await form.getByRole("button", { name: "Add user" }).click();
    const action = await captured;
    expect(action.headers[ACTION]).toBeTruthy();
    const replayHeaders = {
      [ACTION]: action.headers[ACTION]!,
      "content-type": action.headers["content-type"]!,
      accept: NEXT_RSC_REQUEST.contentType,
      origin: baseURL,
    };

    const post = async (client: APIRequestContext) =>
      client.post("/admin/users", { headers: replayHeaders, data: action.body, maxRedirects: 0 });

    const anonymous = await clientWith(baseURL);
    const anonymousResponse = await post(anonymous);
    // Not signed in: the action answers with the redirect to the sign-in page, and does nothing.
    expect(anonymousResponse.headers()["x-action-redirect"]).toMatch(/^\/admin\/login/);
    await anonymous.dispose();

    const contributorPage = await (await browser.newContext({ baseURL })).newPage();
    await signIn(contributorPage, contributor.email, contributor.password);
    await expect(contributorPage).toHaveURL(/\/admin$/);
    const asContributor = await clientWith(baseURL, await sessionCookieOf(contributorPage));
    expect((await post(asContributor)).status()).toBe(403);
    await asContributor.dispose();
    await contributorPage.context().close();

    expect(await listedEmails(browser, baseURL)).not.toContain(victim);

    // The same bytes with the administrator's session do create the user: the refusals above
    // came from the role checks, not from a malformed replay.
    const asAdmin = await clientWith(baseURL, await sessionCookieOf(page));
    expect((await post(asAdmin)).status()).toBeLessThan(400);
    await asAdmin.dispose();
    expect(await listedEmails(browser, baseURL)).toContain(victim);
  });

  test("cannot download the audit log from its route handler", async ({ baseURL, page }) => {
    const anonymous = await clientWith(baseURL);
    expect((await anonymous.get("/admin/audit/export")).status()).toBe(401);
    await anonymous.dispose();
    await signIn(page, contributor.email, contributor.password);
    await expect(page).toHaveURL(/\/admin$/);
    const asContributor = await clientWith(baseURL, await sessionCookieOf(page));
    expect((await asContributor.get("/admin/audit/export")).status()).toBe(403);
    await asContributor.dispose();
  });
});

test("the audit log shows sign-ins and failed sign-ins to an administrator", async ({ page }) => {
  await signIn(page, ADMIN_EMAIL, "not the password at all");
  await expect(signInError(page)).toContainText("do not match");
  await signInAsAdmin(page);
  await page.goto("/admin/audit");
  const entries = page.getByRole("region", { name: "Entries" });
  await expect(entries).toContainText("Failed sign-in");
  await expect(entries).toContainText("Signed in");
  const csv = await page.request.get("/admin/audit/export");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("auth.sign_in_failed");
});

test("the dashboard passes axe", async ({ page }) => {
  await signInAsAdmin(page);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test.describe("on a 390 × 844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the dashboard fits the screen and every newsroom link is in reach", async ({ page }) => {
    await signInAsAdmin(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const nav = page.getByRole("navigation", { name: "Newsroom" });
    for (const name of ["Dashboard", "Articles", "New article", "Users", "My account"]) {
      const link = nav.getByRole("link", { name, exact: true });
      await expect(link).toBeInViewport();
      const box = await link.boundingBox();
      expect(box?.height ?? 0, `${name} is a comfortable tap target`).toBeGreaterThanOrEqual(40);
    }
    await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport();
    await expect(page.getByRole("heading", { level: 2, name: "My articles" })).toBeVisible();
  });
});
