import { litePathOf } from "@/lib/lite/lite-paths";

// On every full page: its lite twin, for readers (a visible link) and for machines (React places
// the <link rel="alternate"> in the head). A plain <a>: the lite edition is a separate document
// with no client-side router to hand over to.
export function DataSaverLink({ path, className }: { path: string; className?: string }) {
  const href = litePathOf(path);
  return (
    <>
      <link rel="alternate" type="text/html" href={href} title="Data-saver version" />
      <p className={className}>
        <a href={href} className="underline underline-offset-2">
          Data-saver version
        </a>
      </p>
    </>
  );
}
