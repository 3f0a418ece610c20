// What the editor says after each kind of save (the `done` parameter of its address).
export function doneMessage(done: string | undefined, status: string): string | null {
  switch (done) {
    case "saved":
      return status === "published"
        ? "Changes saved. Readers still see the published version until you press Update."
        : "Draft saved.";
    case "submitted":
      return "Sent to the editors for review.";
    case "published":
      return "Published: the story is live.";
    case "scheduled":
      return "Scheduled: it goes live at the publish time without anyone having to be here.";
    case "updated":
      return "Updated: readers now see this version.";
    case "unpublished":
      return status === "draft"
        ? "The schedule is called off: the story is a draft again."
        : "Unpublished: readers can no longer find the story.";
    case "trashed":
      return "Moved to the trash.";
    case "restored":
      return "Restored from the trash. It is not public: publish it again when it is ready.";
    case "revision-restored":
      return "The revision is back in the editor. Nothing has been published: review it, then save or update.";
    default:
      return null;
  }
}
