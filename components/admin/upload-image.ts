import type { MediaItem } from "@/lib/media/media-item";

export type UploadResult =
  { ok: true; item: MediaItem; created: boolean } | { ok: false; message: string };

// Sends one image to the media library's upload route (which checks the type from the bytes and
// the 10 MB limit while reading), reporting progress as a fraction.
export function uploadImage(
  file: File,
  details: { alt: string; caption: string; credit: string },
  onProgress?: (fraction: number) => void,
): Promise<UploadResult> {
  const form = new FormData();
  form.append("alt", details.alt);
  form.append("caption", details.caption);
  form.append("credit", details.credit);
  form.append("file", file);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/admin/media");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as {
        item?: MediaItem;
        created?: boolean;
        error?: string;
      } | null;
      if (request.status < 300 && body?.item) {
        resolve({ ok: true, item: body.item, created: body.created ?? true });
      } else if (request.status === 401) {
        resolve({ ok: false, message: "You have been signed out. Sign in again, then upload." });
      } else {
        resolve({
          ok: false,
          message: body?.error ?? `The upload failed (HTTP ${request.status}).`,
        });
      }
    };
    request.onerror = () =>
      resolve({ ok: false, message: "The upload failed: check the connection." });
    request.send(form);
  });
}
