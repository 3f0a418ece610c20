"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { uploadImage } from "@/components/admin/upload-image";

const INPUT = "mt-1 block w-full rounded border border-rule bg-paper px-3 py-2 text-base";

// Uploads one image with its details, showing progress, then opens it to check the details.
// The route handler decides what is accepted (type from the bytes, 10 MB).
export function MediaUploadClient() {
  const id = useId();
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setError("Choose an image file to upload.");
      return;
    }
    setError(null);
    setProgress(0);
    const result = await uploadImage(
      file,
      {
        alt: String(form.get("alt") ?? ""),
        caption: String(form.get("caption") ?? ""),
        credit: String(form.get("credit") ?? ""),
      },
      setProgress,
    );
    setProgress(null);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    router.push(`/admin/media/${result.item.id}?uploaded=${result.created ? "1" : "again"}`);
  }

  return (
    <form
      onSubmit={submit}
      aria-label="Upload an image"
      className="mb-6 rounded border border-rule bg-paper p-4"
    >
      <h2 className="text-lg font-bold">Upload an image</h2>
      {error ? (
        <p
          role="alert"
          className="mt-2 rounded border border-brand px-3 py-2 text-sm font-semibold text-brand"
        >
          {error}
        </p>
      ) : null}
      <label htmlFor={`${id}-file`} className="mt-2 block text-sm font-semibold">
        Image file
      </label>
      <p id={`${id}-file-hint`} className="text-sm text-muted">
        JPEG, PNG, WebP, AVIF or GIF, up to 10 MB. Camera data (location, device) is removed.
      </p>
      <input
        ref={fileRef}
        id={`${id}-file`}
        name="file"
        type="file"
        required
        aria-describedby={`${id}-file-hint`}
        accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
        className="mt-1 block w-full text-sm"
      />
      <div className="mt-3 grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor={`${id}-alt`} className="block text-sm font-semibold">
            Alt text
          </label>
          <input id={`${id}-alt`} name="alt" maxLength={300} className={INPUT} />
        </div>
        <div>
          <label htmlFor={`${id}-caption`} className="block text-sm font-semibold">
            Caption
          </label>
          <input id={`${id}-caption`} name="caption" maxLength={500} className={INPUT} />
        </div>
        <div>
          <label htmlFor={`${id}-credit`} className="block text-sm font-semibold">
            Credit
          </label>
          <input id={`${id}-credit`} name="credit" maxLength={200} className={INPUT} />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={progress !== null}
          className="min-h-11 rounded bg-brand px-4 py-2 font-semibold text-paper hover:bg-brand-dark disabled:opacity-60"
        >
          Upload
        </button>
        {progress !== null ? (
          <progress value={progress} max={1} aria-label="Upload progress" className="w-48" />
        ) : null}
      </div>
    </form>
  );
}
