// How Next's browser code asks for an RSC payload instead of a page: client-side navigations and
// prefetches (these headers, and a `?_rsc=` cache-busting query) and server actions (the action
// header, answered as text/x-component). Such answers must never be stored or served as the page,
// nor a stored page served to such a request: the page cache's key leaves them all to Next. The
// newsroom's security specs replay server actions with the same header. Names from Next's
// app-router-headers (RSC_HEADER, ACTION_HEADER, NEXT_ROUTER_*_HEADER, NEXT_RSC_UNION_QUERY,
// RSC_CONTENT_TYPE_HEADER), which are not a public API.
export const NEXT_RSC_REQUEST = {
  headers: {
    rsc: "rsc",
    action: "next-action",
    routerStateTree: "next-router-state-tree",
    routerPrefetch: "next-router-prefetch",
    routerSegmentPrefetch: "next-router-segment-prefetch",
  },
  query: "_rsc",
  contentType: "text/x-component",
} as const;
