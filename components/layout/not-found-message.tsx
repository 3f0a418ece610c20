import Link from "next/link";

// `homePath`: the lite edition's 404 sends readers to its own front page.
export function NotFoundMessage({ homePath = "/" }: { homePath?: string }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="text-sm font-bold tracking-wide text-brand uppercase">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">We can’t find that page</h1>
      <p className="mt-4 text-lg text-muted">
        The story may have moved, or the address may be mistyped. Our latest news is on the front
        page.
      </p>
      <p className="mt-8">
        <Link
          href={homePath}
          className="inline-block rounded bg-brand px-5 py-3 font-semibold text-paper hover:bg-brand-dark"
        >
          Go to the front page
        </Link>
      </p>
    </div>
  );
}
