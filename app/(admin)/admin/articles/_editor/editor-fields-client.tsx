"use client";

import { useState } from "react";
import type { MediaItem } from "@/lib/media/media-item";
import { CONTROL, FieldError } from "./editor-field";
import { MediaPickerClient } from "./media-picker-client";

const SMALL_BUTTON =
  "min-h-11 min-w-11 rounded border border-rule bg-paper px-2 text-sm font-semibold hover:bg-wash disabled:opacity-40";

// Tags as removable chips plus a field to add more (existing tags are suggested; any other name
// creates a tag when the story is saved). One hidden input per tag posts them in order.
export function TagsFieldClient({
  id,
  tags,
  names,
  suggestions,
  error,
  onChange,
}: {
  id: string;
  tags: string[];
  names: Record<string, string>;
  suggestions: string[];
  error?: string;
  onChange: (tags: string[]) => void;
}) {
  const [draft, setDraft] = useState("");
  const label = (tag: string) => names[tag] ?? tag;

  function add() {
    const known = new Set(tags.map((tag) => label(tag).toLowerCase()));
    const added: string[] = [];
    for (const part of draft.split(",")) {
      const name = part.trim().replace(/\s+/g, " ");
      if (name === "" || known.has(name.toLowerCase())) continue;
      known.add(name.toLowerCase());
      added.push(name);
    }
    if (added.length > 0) onChange([...tags, ...added]);
    setDraft("");
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-sm font-semibold">
        Tags
      </label>
      <p id={`${id}-hint`} className="mt-0.5 text-sm text-muted">
        Press Enter or a comma to add one. New tags are created when you save.
      </p>
      {tags.length > 0 ? (
        <ul aria-label="Tags on this story" className="mt-2 flex flex-wrap gap-2">
          {tags.map((tag) => (
            <li
              key={tag}
              className="flex items-center gap-1 rounded-full border border-rule bg-wash pl-3 text-sm"
            >
              {label(tag)}
              <input type="hidden" name="tags" value={tag} />
              <button
                type="button"
                aria-label={`Remove tag ${label(tag)}`}
                onClick={() => onChange(tags.filter((t) => t !== tag))}
                className="min-h-11 min-w-11 rounded-full font-bold hover:text-brand"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          value={draft}
          list={`${id}-suggestions`}
          autoComplete="off"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" || event.key === ",") {
              event.preventDefault();
              add();
            }
          }}
          onBlur={add}
          className={`${CONTROL} mt-0`}
        />
        <button type="button" className={SMALL_BUTTON} onClick={add}>
          Add
        </button>
      </div>
      <datalist id={`${id}-suggestions`}>
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <FieldError id={id} error={error} />
    </div>
  );
}

// Bylines in order: the first is the lead author. One hidden input per author.
export function AuthorsFieldClient({
  id,
  authorIds,
  staff,
  error,
  onChange,
}: {
  id: string;
  authorIds: number[];
  staff: { id: number; name: string; disabled: boolean }[];
  error?: string;
  onChange: (authorIds: number[]) => void;
}) {
  const nameOf = (authorId: number) =>
    staff.find((member) => member.id === authorId)?.name ?? `Staff member ${authorId}`;
  const addable = staff.filter((member) => !member.disabled && !authorIds.includes(member.id));
  const move = (index: number, by: -1 | 1) => {
    const next = [...authorIds];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    onChange(next);
  };
  return (
    <fieldset className="mb-4" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-semibold">Authors</legend>
      {authorIds.length === 0 ? (
        <p className="mt-1 text-sm text-muted">No byline yet.</p>
      ) : (
        <ol className="mt-1 space-y-1">
          {authorIds.map((authorId, index) => (
            <li key={authorId} className="flex flex-wrap items-center gap-1">
              <input type="hidden" name="authorIds" value={authorId} />
              <span className="mr-auto text-sm">
                {nameOf(authorId)}
                {index === 0 && authorIds.length > 1 ? (
                  <span className="text-muted"> (lead)</span>
                ) : null}
              </span>
              <button
                type="button"
                aria-label={`Move ${nameOf(authorId)} up`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
                className={SMALL_BUTTON}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move ${nameOf(authorId)} down`}
                disabled={index === authorIds.length - 1}
                onClick={() => move(index, 1)}
                className={SMALL_BUTTON}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`Remove ${nameOf(authorId)}`}
                onClick={() => onChange(authorIds.filter((a) => a !== authorId))}
                className={SMALL_BUTTON}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <label htmlFor={id} className="mt-2 block text-sm">
        Add an author
      </label>
      <select
        id={id}
        value=""
        onChange={(event) => {
          const added = Number(event.target.value);
          if (added) onChange([...authorIds, added]);
        }}
        className={CONTROL}
      >
        <option value="">Choose a member of staff…</option>
        {addable.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

// The story's lead image, chosen from the library or uploaded on the spot; its alt text comes
// from the library (required there before it can be used).
export function HeroFieldClient({
  id,
  hero,
  error,
  onChange,
}: {
  id: string;
  hero: MediaItem | null;
  error?: string;
  onChange: (hero: MediaItem | null) => void;
}) {
  const thumbnail = hero
    ? `/media/${hero.hash}-${hero.widths.find((w) => w >= 320) ?? hero.widths.at(-1) ?? hero.width}.jpg`
    : null;
  return (
    <fieldset className="mb-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-semibold">Hero image</legend>
      <input type="hidden" name="heroMediaId" value={hero?.id ?? ""} />
      {hero && thumbnail ? (
        <figure className="mt-1">
          {/* eslint-disable-next-line @next/next/no-img-element -- a library rendition */}
          <img
            src={thumbnail}
            alt={hero.alt}
            width={hero.width}
            height={hero.height}
            className="h-auto w-full rounded bg-wash"
          />
          <figcaption className="mt-1 text-sm text-muted">
            Alt text: {hero.alt || <strong className="text-brand">missing</strong>}
          </figcaption>
        </figure>
      ) : (
        <p className="mt-1 text-sm text-muted">No hero image.</p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <MediaPickerClient
          title="Choose the hero image"
          buttonText={hero ? "Change hero image" : "Choose or upload a hero image"}
          buttonClassName={SMALL_BUTTON}
          onChoose={onChange}
        />
        {hero ? (
          <button type="button" className={SMALL_BUTTON} onClick={() => onChange(null)}>
            Remove hero image
          </button>
        ) : null}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
