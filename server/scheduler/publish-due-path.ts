// The route the scheduler calls; app/api/internal/publish-due/route.ts answers it.
export const PUBLISH_DUE_PATH = "/api/internal/publish-due";
