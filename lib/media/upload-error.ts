// An upload refused for what was sent (too big, not an accepted image): `status` is the HTTP
// answer and `message` is shown to the person uploading.
export class UploadError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = "UploadError";
  }
}
