import Link from "next/link";

// The body of a 410 answer: the story existed and was removed on purpose.
export function GoneMessage() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="text-sm font-bold tracking-wide text-brand uppercase">Error 410</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">This story has been removed</h1>
      <p className="mt-4 text-lg text-muted">
        Gazeti has taken this story down, and it will not come back at this address. Corrections and
        removals are explained on our corrections page.
      </p>
      <p className="mt-8 flex flex-wrap justify-center gap-4">
        <Link
          href="/"
          className="inline-block rounded bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-dark"
        >
          Go to the front page
        </Link>
        <Link
          href="/corrections"
          className="inline-block rounded border border-rule px-5 py-3 font-semibold hover:bg-wash"
        >
          Read our corrections policy
        </Link>
      </p>
    </div>
  );
}
