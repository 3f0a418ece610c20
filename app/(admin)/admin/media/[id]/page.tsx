import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionFormClient } from "@/components/admin/action-form-client";
import { FieldClient } from "@/components/admin/field-client";
import { SubmitButtonClient } from "@/components/admin/submit-button-client";
import { NairobiTime } from "@/components/ui/nairobi-time";
import { getMediaItem } from "@/db/queries/editor/get-media-item";
import { requireStaff } from "@/server/auth/require-staff";
import { updateMediaDetailsAction } from "../actions";

export const metadata: Metadata = { title: "Image details" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; uploaded?: string }>;
};

export default async function MediaItemPage({ params, searchParams }: Props) {
  const { actor } = await requireStaff("media:upload");
  const { id } = await params;
  if (!/^[1-9]\d{0,15}$/.test(id)) notFound();
  const detail = getMediaItem(actor, Number(id));
  if (!detail) notFound();
  const { item } = detail;
  const { saved, uploaded } = await searchParams;
  const width = item.widths.find((w) => w >= 640) ?? item.widths.at(-1) ?? item.width;
  const notice =
    saved === "1"
      ? "Details saved."
      : uploaded === "again"
        ? "This image was already in the library; here it is."
        : uploaded === "1"
          ? item.alt
            ? "Uploaded."
            : "Uploaded. Add alt text: an image without it cannot be used in an article."
          : null;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/media" className="font-semibold underline">
          ← Media library
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">Image details</h1>
      {notice ? (
        <p
          role="status"
          className="mb-4 rounded border border-rule bg-paper px-3 py-2 font-semibold"
        >
          {notice}
        </p>
      ) : null}
      <div className="grid gap-6 md:grid-cols-2">
        <figure>
          {/* eslint-disable-next-line @next/next/no-img-element -- a library rendition */}
          <img
            src={`/media/${item.hash}-${width}.jpg`}
            alt={item.alt}
            width={item.width}
            height={item.height}
            className="h-auto w-full rounded bg-wash"
          />
          <figcaption className="mt-2 text-sm text-muted">
            {item.width} × {item.height}, {item.mimeType.replace("image/", "").toUpperCase()}
            {detail.uploadedBy ? `, uploaded by ${detail.uploadedBy}` : ""}{" "}
            <NairobiTime date={detail.uploadedAt} />
          </figcaption>
        </figure>
        {detail.canEdit ? (
          <ActionFormClient action={updateMediaDetailsAction} label="Image details">
            <input type="hidden" name="mediaId" value={item.id} />
            <FieldClient
              name="alt"
              label="Alt text"
              hint="What the image shows, for readers who cannot see it. Required before the image can be used in an article."
              defaultValue={item.alt}
              maxLength={300}
            />
            <FieldClient
              name="caption"
              label="Caption"
              defaultValue={item.caption}
              maxLength={500}
            />
            <FieldClient name="credit" label="Credit" defaultValue={item.credit} maxLength={200} />
            <SubmitButtonClient>Save details</SubmitButtonClient>
          </ActionFormClient>
        ) : (
          <div>
            <dl className="space-y-2">
              <div>
                <dt className="text-sm font-semibold">Alt text</dt>
                <dd>{item.alt || <strong className="text-brand">None yet</strong>}</dd>
              </div>
              <div>
                <dt className="text-sm font-semibold">Caption</dt>
                <dd>{item.caption ?? "—"}</dd>
              </div>
              <div>
                <dt className="text-sm font-semibold">Credit</dt>
                <dd>{item.credit ?? "—"}</dd>
              </div>
            </dl>
            <p className="text-sm text-muted">
              Only the person who uploaded this image, or an editor, can change its details.
            </p>
          </div>
        )}
      </div>
    </>
  );
}
