// Counts a view of the article when the browser loads this 1×1 image: no JavaScript, no
// cookie. It is decorative (empty alt) and out of the layout.
export function ViewBeacon({ articleId }: { articleId: number }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a beacon, not content: next/image would add nothing
    <img
      src={`/api/views/${articleId}`}
      alt=""
      width={1}
      height={1}
      decoding="async"
      referrerPolicy="no-referrer"
      className="pointer-events-none absolute h-px w-px opacity-0"
    />
  );
}
