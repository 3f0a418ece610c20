import Head from "next/head";
import type { ReactNode } from "react";
import { EDITION_CHOICE_PATH } from "@/lib/lite/edition-choice";
import { LITE_PREFIX } from "@/lib/lite/lite-paths";
import { LITE_STYLES } from "./lite-styles";

// Every lite page: its head (canonical address of the full twin, the inlined stylesheet) and the
// way out to the full site. The "full site" and "always data-saver" buttons are plain forms, so
// the choice is remembered without JavaScript (app/api/edition/route.ts sets the cookie).
export function LiteLayout({
  siteName,
  title,
  description,
  canonicalUrl,
  fullPath,
  children,
}: {
  siteName: string;
  title: string;
  description?: string;
  // Null for the 404 page, which stands for no full page.
  canonicalUrl: string | null;
  fullPath: string | null;
  children: ReactNode;
}) {
  return (
    <>
      <Head>
        <title>{title}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {description ? <meta name="description" content={description} /> : null}
        {canonicalUrl ? <link rel="canonical" href={canonicalUrl} /> : null}
        {/* Without it every browser asks for /favicon.ico: one request per page for an icon. */}
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: LITE_STYLES }} />
      </Head>
      <header>
        <a href={LITE_PREFIX}>{siteName}</a> · data-saver edition
      </header>
      <main>{children}</main>
      <footer>
        {fullPath ? (
          <p>
            <a href={fullPath}>Full version of this page</a>
          </p>
        ) : null}
        <form method="post" action={EDITION_CHOICE_PATH}>
          <input type="hidden" name="path" value={fullPath ?? "/"} />
          <button type="submit" name="edition" value="full">
            Switch to the full site
          </button>{" "}
          <button type="submit" name="edition" value="lite">
            Always use data-saver
          </button>
        </form>
      </footer>
    </>
  );
}
