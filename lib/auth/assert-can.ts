import { canDo, type Actor, type SiteAction } from "./permissions";

// Thrown by the data layer when an actor asks for something outside their role; server actions
// turn it into a 403 (server/auth/require-staff.ts), whatever the UI offered.
export class PermissionDeniedError extends Error {
  constructor(action: string) {
    super(`Not allowed: ${action}`);
    this.name = "PermissionDeniedError";
  }
}

export function assertCan(actor: Actor, action: SiteAction): void {
  if (!canDo(actor, action)) throw new PermissionDeniedError(action);
}
