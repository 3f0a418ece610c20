"use client";

import { useId, useRef, useState } from "react";
import { describeMediaAction } from "@/app/(admin)/admin/media/actions";
import type { MediaItem } from "@/lib/media/media-item";
import { keepEnterInside } from "./keep-enter-inside";
import { uploadImage } from "@/components/admin/upload-image";

const BUTTON =
  "min-h-11 rounded border border-rule bg-paper px-3 py-2 text-sm font-semibold hover:bg-wash disabled:opacity-60";
const PRIMARY =
  "min-h-11 rounded bg-brand px-3 py-2 text-sm font-semibold text-paper hover:bg-brand-dark disabled:opacity-60";
const INPUT = "mt-1 block w-full rounded border border-rule bg-paper px-3 py-2 text-base";

function thumbnail(item: MediaItem): string {
  const width = item.widths.find((w) => w >= 320) ?? item.widths.at(-1) ?? item.width;
  return `/media/${item.hash}-${width}.jpg`;
}

// The media library in a dialog: pick an image or upload one, and give it alt text before it
// can be used (article saves refuse images without it).
export function MediaPickerClient({
  title,
  buttonText,
  buttonClassName,
  onChoose,
}: {
  title: string;
  // The button that opens the dialog.
  buttonText: string;
  buttonClassName: string;
  onChoose: (item: MediaItem) => void;
}) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState<MediaItem[] | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [selected, setSelected] = useState<MediaItem | null>(null);
  const [alt, setAlt] = useState("");
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [upload, setUpload] = useState({ alt: "", caption: "", credit: "" });

  async function load(before?: number) {
    setBusy(true);
    try {
      const response = await fetch(`/api/admin/media${before ? `?before=${before}` : ""}`, {
        cache: "no-store",
      });
      if (!response.ok) throw new Error(String(response.status));
      const body = (await response.json()) as { items: MediaItem[] };
      setItems((current) => [...(before ? (current ?? []) : []), ...body.items]);
      setHasMore(body.items.length >= 48);
    } catch {
      setMessage({ error: true, text: "The library could not be loaded. Try again." });
    } finally {
      setBusy(false);
    }
  }

  function open() {
    setMessage(null);
    dialogRef.current?.showModal();
    if (items === null) void load();
  }

  function close() {
    dialogRef.current?.close();
  }

  function select(item: MediaItem) {
    setSelected(item);
    setAlt(item.alt);
    setMessage(null);
  }

  async function useSelected() {
    if (!selected) return;
    const text = alt.trim();
    if (text === "") {
      setMessage({
        error: true,
        text: "Add alt text first: describe the image for readers who cannot see it.",
      });
      return;
    }
    let item = selected;
    if (text !== selected.alt) {
      setBusy(true);
      const result = await describeMediaAction({
        mediaId: selected.id,
        alt: text,
        caption: selected.caption,
        credit: selected.credit,
      });
      setBusy(false);
      if (!result.ok) {
        setMessage({ error: true, text: result.message });
        return;
      }
      item = result.item;
      setItems((current) => current?.map((i) => (i.id === item.id ? item : i)) ?? null);
    }
    onChoose(item);
    close();
  }

  async function sendUpload() {
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setMessage({ error: true, text: "Choose an image file to upload." });
      return;
    }
    setBusy(true);
    setProgress(0);
    const result = await uploadImage(file, upload, setProgress);
    setBusy(false);
    setProgress(null);
    if (!result.ok) {
      setMessage({ error: true, text: result.message });
      return;
    }
    if (fileRef.current) fileRef.current.value = "";
    setUpload({ alt: "", caption: "", credit: "" });
    setItems((current) => [result.item, ...(current ?? []).filter((i) => i.id !== result.item.id)]);
    select(result.item);
    setMessage({
      error: false,
      text: result.created
        ? "Uploaded. Check the alt text, then use the image."
        : "This image was already in the library: it is selected below.",
    });
  }

  return (
    <>
      <button type="button" className={buttonClassName} onClick={open}>
        {buttonText}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={`${id}-title`}
        onKeyDown={keepEnterInside}
        className="m-auto max-h-[92vh] w-[min(56rem,calc(100vw-1rem))] rounded border border-rule bg-paper p-0 text-ink backdrop:bg-black/60"
      >
        <div className="flex items-center justify-between border-b border-rule px-4 py-2">
          <h2 id={`${id}-title`} className="text-lg font-bold">
            {title}
          </h2>
          <button type="button" className={BUTTON} onClick={close}>
            Close
          </button>
        </div>
        <div className="space-y-4 p-4">
          {message ? (
            <p
              role={message.error ? "alert" : "status"}
              className={
                message.error
                  ? "rounded border border-brand px-3 py-2 text-sm font-semibold text-brand"
                  : "rounded border border-rule bg-wash px-3 py-2 text-sm font-semibold"
              }
            >
              {message.text}
            </p>
          ) : null}

          <fieldset className="rounded border border-rule p-3">
            <legend className="px-1 text-sm font-bold">Upload a new image</legend>
            <label className="block text-sm font-semibold" htmlFor={`${id}-file`}>
              Image file (JPEG, PNG, WebP, AVIF or GIF, up to 10 MB)
            </label>
            <input
              ref={fileRef}
              id={`${id}-file`}
              type="file"
              accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
              className="mt-1 block w-full text-sm"
            />
            <div className="mt-2 grid gap-2 sm:grid-cols-3">
              {(
                [
                  ["alt", "Alt text"],
                  ["caption", "Caption"],
                  ["credit", "Credit"],
                ] as const
              ).map(([field, label]) => (
                <div key={field}>
                  <label className="block text-sm font-semibold" htmlFor={`${id}-upload-${field}`}>
                    {label}
                  </label>
                  <input
                    id={`${id}-upload-${field}`}
                    value={upload[field]}
                    onChange={(event) => setUpload({ ...upload, [field]: event.target.value })}
                    className={INPUT}
                  />
                </div>
              ))}
            </div>
            <div className="mt-2 flex flex-wrap items-center gap-3">
              <button type="button" className={BUTTON} disabled={busy} onClick={sendUpload}>
                Upload
              </button>
              {progress !== null ? (
                <progress value={progress} max={1} aria-label="Upload progress" className="w-40" />
              ) : null}
            </div>
          </fieldset>

          {selected ? (
            <section
              aria-label="Selected image"
              className="flex flex-wrap gap-3 rounded border border-rule p-3"
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- a library rendition */}
              <img
                src={thumbnail(selected)}
                alt=""
                width={160}
                height={Math.round((160 * selected.height) / selected.width)}
                className="h-auto w-40 rounded bg-wash"
              />
              <div className="min-w-48 flex-1">
                <label className="block text-sm font-semibold" htmlFor={`${id}-alt`}>
                  Alt text (required)
                </label>
                <input
                  id={`${id}-alt`}
                  value={alt}
                  onChange={(event) => setAlt(event.target.value)}
                  className={INPUT}
                />
                <p className="mt-1 text-sm text-muted">
                  {selected.width} × {selected.height}
                  {selected.caption ? ` · ${selected.caption}` : ""}
                </p>
                <button
                  type="button"
                  className={`${PRIMARY} mt-2`}
                  disabled={busy}
                  onClick={useSelected}
                >
                  Use this image
                </button>
              </div>
            </section>
          ) : null}

          <section aria-label="Media library">
            {items === null ? (
              <p className="text-sm text-muted">Loading the library…</p>
            ) : items.length === 0 ? (
              <p className="text-sm text-muted">The library is empty: upload an image above.</p>
            ) : (
              <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4">
                {items.map((item) => (
                  <li key={item.id}>
                    <button
                      type="button"
                      aria-pressed={selected?.id === item.id}
                      onClick={() => select(item)}
                      className="block w-full rounded border border-rule p-1 text-left text-xs aria-pressed:border-brand aria-pressed:ring-2 aria-pressed:ring-brand"
                    >
                      {/* eslint-disable-next-line @next/next/no-img-element -- a library rendition */}
                      <img
                        src={thumbnail(item)}
                        alt=""
                        width={item.width}
                        height={item.height}
                        loading="lazy"
                        className="aspect-video h-auto w-full rounded bg-wash object-cover"
                      />
                      <span className="mt-1 block truncate">
                        {item.alt ? item.alt : <strong className="text-brand">No alt text</strong>}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {hasMore && items ? (
              <button
                type="button"
                className={`${BUTTON} mt-3`}
                disabled={busy}
                onClick={() => void load(items.at(-1)?.id)}
              >
                Show older images
              </button>
            ) : null}
          </section>
        </div>
      </dialog>
    </>
  );
}
