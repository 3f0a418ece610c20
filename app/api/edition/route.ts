import { z } from "zod";
import { isSameOrigin } from "@/lib/auth/assert-same-origin";
import { EDITION_COOKIE, EDITION_COOKIE_MAX_AGE, EDITIONS } from "@/lib/lite/edition-choice";
import { hasLiteTwin, litePathOf } from "@/lib/lite/lite-paths";

export const dynamic = "force-dynamic";

const choiceSchema = z.object({
  edition: z.enum(EDITIONS),
  // The full-site address of the page the reader was on.
  path: z.string().max(2048).refine(hasLiteTwin, "not a page with a lite twin"),
});

// The edition buttons of the lite pages post here (a form, so no JavaScript is needed): the
// choice is remembered in a cookie that proxy.ts and the page cache read, and the reader lands
// on the same page in the edition they chose. "full" also overrides the browser's Save-Data.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return plain(403, "Cross-site requests cannot change the edition.");
  const form = await request.formData().catch(() => null);
  const choice = choiceSchema.safeParse({
    edition: form?.get("edition"),
    path: form?.get("path"),
  });
  if (!choice.success) return plain(400, "Choose the edition “lite” or “full” for a page.");
  const { edition, path } = choice.data;
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return new Response(null, {
    status: 303,
    headers: {
      Location: edition === "lite" ? litePathOf(path) : path,
      "Set-Cookie": `${EDITION_COOKIE}=${edition}; Path=/; Max-Age=${EDITION_COOKIE_MAX_AGE}; SameSite=Lax; HttpOnly${secure}`,
      "Cache-Control": "no-store",
    },
  });
}

function plain(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
