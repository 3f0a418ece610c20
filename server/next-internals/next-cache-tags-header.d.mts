export declare const NEXT_CACHE_TAGS_HEADER: "x-next-cache-tags";
