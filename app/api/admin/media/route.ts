import path from "node:path";
import { getDb } from "@/db/client";
import { createMedia } from "@/db/mutations/create-media";
import { getMediaLibrary } from "@/db/queries/editor/get-media-library";
import { PermissionDeniedError } from "@/lib/auth/assert-can";
import { isSameOrigin } from "@/lib/auth/assert-same-origin";
import { requireStaffForRoute } from "@/server/auth/require-staff";
import { getConfig } from "@/lib/config";
import { readUpload } from "@/lib/media/read-upload";
import { UploadError } from "@/lib/media/upload-error";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

// Uploads to the media library. A route handler rather than a server action: actions buffer
// the whole body (1 MB by default), while this one reads the stream and stops at the limit.
// It checks the session and role itself; the proxy does not guard it.
export async function POST(request: Request): Promise<Response> {
  const auth = await requireStaffForRoute("media:upload");
  if (!auth.ok) return auth.response;
  if (!isSameOrigin(request)) {
    return Response.json(
      { error: "Cross-site upload refused." },
      { status: 403, headers: NO_STORE },
    );
  }
  try {
    const upload = await readUpload(request);
    const { item, created } = await createMedia(
      getDb(),
      auth.context.actor,
      { bytes: upload.bytes, ...upload.fields },
      { mediaDir: path.join(getConfig().dataDir, "media") },
    );
    return Response.json({ item, created }, { status: created ? 201 : 200, headers: NO_STORE });
  } catch (error) {
    if (error instanceof UploadError) {
      return Response.json({ error: error.message }, { status: error.status, headers: NO_STORE });
    }
    if (error instanceof PermissionDeniedError) {
      return Response.json({ error: "Not allowed." }, { status: 403, headers: NO_STORE });
    }
    throw error;
  }
}

// A page of the library, newest first, for the editor's image picker: `?before=<id>` continues
// after the last item seen.
export async function GET(request: Request): Promise<Response> {
  const auth = await requireStaffForRoute("media:upload");
  if (!auth.ok) return auth.response;
  const before = Number(new URL(request.url).searchParams.get("before"));
  const items = getMediaLibrary(
    auth.context.actor,
    Number.isSafeInteger(before) && before > 0 ? { before } : {},
  );
  return Response.json({ items }, { headers: NO_STORE });
}
