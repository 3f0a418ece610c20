// The largest image the media library accepts (10 MB).
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
