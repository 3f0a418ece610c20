"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { MostRead } from "@/db/queries/get-most-read";

// The list as the page was rendered (so it reads without JavaScript), brought up to date from
// /api/most-read once the page has loaded: the page itself can stay cached for an hour.
export function MostReadListClient({ initial }: { initial: MostRead }) {
  const [mostRead, setMostRead] = useState(initial);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/most-read", { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((fresh: MostRead | null) => {
        if (fresh && Array.isArray(fresh.items) && fresh.items.length > 0) setMostRead(fresh);
      })
      .catch(() => {});
    return () => controller.abort();
  }, []);
  if (mostRead.items.length === 0) return null;
  return (
    <section aria-labelledby="most-read-heading" className="border-t-4 border-ink pt-3">
      <h2 id="most-read-heading" className="text-lg font-bold">
        Most read
      </h2>
      <p className="text-xs text-muted">
        {mostRead.window === "day" ? "In the last 24 hours" : "In the last 7 days"}
      </p>
      <ol className="mt-2 divide-y divide-rule">
        {mostRead.items.map((item, index) => (
          <li key={item.id} className="flex gap-3 py-2">
            <span
              aria-hidden="true"
              className="font-serif text-2xl leading-none font-bold text-brand"
            >
              {index + 1}
            </span>
            <Link
              href={item.path}
              prefetch={false}
              className="font-serif leading-snug font-bold hover:underline"
            >
              {item.title}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
