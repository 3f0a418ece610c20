"use client";

import { useState, useSyncExternalStore } from "react";

const subscribe = () => () => {};

// Progressive enhancement: without JavaScript (or without a clipboard) there is no button at
// all, and the share links above still work.
export function CopyLinkButtonClient({ url }: { url: string }) {
  const canCopy = useSyncExternalStore(
    subscribe,
    () => typeof navigator !== "undefined" && Boolean(navigator.clipboard),
    () => false,
  );
  const [copied, setCopied] = useState(false);
  if (!canCopy) return null;
  return (
    <button
      type="button"
      className="rounded border border-rule px-3 py-1.5 hover:border-ink"
      onClick={() => {
        void navigator.clipboard.writeText(url).then(() => setCopied(true));
      }}
    >
      <span aria-live="polite">{copied ? "Link copied" : "Copy link"}</span>
    </button>
  );
}
