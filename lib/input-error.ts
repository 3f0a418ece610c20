// A change refused because of what was typed (a slug already taken, the last administrator
// demoted): server actions show `message` next to `field`.
export class InputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}
