import type { Metadata } from "next";
import Link from "next/link";
import { getMediaLibrary } from "@/db/queries/editor/get-media-library";
import { requireStaff } from "@/server/auth/require-staff";
import { MediaUploadClient } from "./media-upload-client";

export const metadata: Metadata = { title: "Media" };

const PAGE_SIZE = 48;

export default async function MediaPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string | string[] }>;
}) {
  const { actor } = await requireStaff("media:upload");
  const raw = (await searchParams).before;
  const before = Number(Array.isArray(raw) ? raw[0] : raw);
  const items = getMediaLibrary(
    actor,
    Number.isSafeInteger(before) && before > 0 ? { before } : {},
  );
  const last = items.at(-1);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Media library</h1>
      <MediaUploadClient />
      <section aria-labelledby="library-heading">
        <h2 id="library-heading" className="mb-2 text-lg font-bold">
          {before > 0 ? "Older images" : "Newest images"}
        </h2>
        {items.length === 0 ? (
          <p className="text-muted">No images here yet.</p>
        ) : (
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
            {items.map((item) => {
              const width = item.widths.find((w) => w >= 320) ?? item.widths.at(-1) ?? item.width;
              return (
                <li key={item.id} className="rounded border border-rule bg-paper p-2">
                  <Link href={`/admin/media/${item.id}`} className="block hover:underline">
                    {/* eslint-disable-next-line @next/next/no-img-element -- a library rendition */}
                    <img
                      src={`/media/${item.hash}-${width}.jpg`}
                      alt=""
                      width={item.width}
                      height={item.height}
                      loading="lazy"
                      className="aspect-video h-auto w-full rounded bg-wash object-cover"
                    />
                    <span className="mt-1 block text-sm break-words">
                      {item.alt || <strong className="text-brand">No alt text yet</strong>}
                    </span>
                  </Link>
                  <span className="text-xs text-muted">
                    {item.width} × {item.height}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <nav aria-label="Library pages" className="mt-4 flex gap-4">
        {before > 0 ? (
          <Link href="/admin/media" className="font-semibold underline">
            Newest images
          </Link>
        ) : null}
        {items.length === PAGE_SIZE && last ? (
          <Link href={`/admin/media?before=${last.id}`} className="font-semibold underline">
            Older images
          </Link>
        ) : null}
      </nav>
    </>
  );
}
