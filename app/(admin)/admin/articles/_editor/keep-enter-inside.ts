import type { KeyboardEvent } from "react";

// The editor's panels and dialogs sit inside the article form: Enter in one of their fields
// must not submit the whole story (the browser's implicit submission).
export function keepEnterInside(event: KeyboardEvent<HTMLElement>): void {
  if (event.key === "Enter" && event.target instanceof HTMLInputElement) event.preventDefault();
}
