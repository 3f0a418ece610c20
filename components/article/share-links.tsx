import { CopyLinkButtonClient } from "./copy-link-button-client";

// Plain links that work without JavaScript; nothing loads from the social sites until a reader
// follows one.
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    { name: "WhatsApp", href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: "X", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    {
      name: "Email",
      href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}`,
    },
  ];
  return (
    <section aria-labelledby="share-heading" className="mt-8 border-t border-rule pt-4">
      <h2 id="share-heading" className="text-sm font-bold">
        Share this story
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {links.map((link) => (
          <li key={link.name}>
            <a
              href={link.href}
              rel="noopener noreferrer nofollow"
              className="inline-block rounded border border-rule px-3 py-1.5 hover:border-ink"
            >
              {link.name}
              <span className="sr-only"> (share this story)</span>
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButtonClient url={url} />
        </li>
      </ul>
    </section>
  );
}
