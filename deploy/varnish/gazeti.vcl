# Varnish in front of Gazeti's Next server (docs/decisions/0008-http-cache.md).
#
# Public pages are cached for an hour and purged by surrogate key the moment an editor publishes:
# the app serves every cached page with its cache tags in a Surrogate-Key header (article:{id} for
# each story shown, category:{slug}, tag:{slug}, author:{slug}, home, nav, pages, feeds, sitemaps)
# and, after it refreshes its own cache, sends PURGE with the same tags in an xkey-purge header.
# Tracking parameters never split the cache; /admin, /api and every non-GET request pass through.
#
# Needs Varnish 7 with the xkey vmod (Debian: apt-get install varnish varnish-modules). The
# backend is defined in gazeti-backend.vcl, found on vcl_path.
vcl 4.1;

import std;
import xkey;

include "gazeti-backend.vcl";

# Who may purge: the Next server itself (set HTTP_CACHE_PURGE_URL to this cache's address).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "The xkey-purge header names the keys to purge"));
        }
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.x-purged));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The newsroom, previews and the API are never cached (they also send no-store): the segments
    # lib/slugs/first-segments.ts marks private (a unit test keeps the two in step).
    if (req.url ~ "^/(admin|api)(/|\?|$)" || req.http.Authorization) {
        return (pass);
    }
    # utm_*, click ids and the like are for analytics, not content: one cached copy per page.
    if (req.url ~ "(?i)[?&](utm_[a-z0-9_]*|fbclid|gclid|gclsrc|gbraid|wbraid|dclid|msclkid|yclid|twclid|ttclid|igshid|li_fat_id|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wickedid|rb_clickid|s_cid)=") {
        set req.url = regsuball(req.url, "(?i)([?&])(utm_[a-z0-9_]*|fbclid|gclid|gclsrc|gbraid|wbraid|dclid|msclkid|yclid|twclid|ttclid|igshid|li_fat_id|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wickedid|rb_clickid|s_cid)=[^&#]*", "\1");
        set req.url = regsuball(req.url, "&&+", "&");
        set req.url = regsub(req.url, "\?&", "?");
        set req.url = regsub(req.url, "[?&]+(#|$)", "\1");
    }
    # A browser saving data, or a reader who chose an edition, gets the full page or a redirect to
    # its lite twin depending on that header and cookie (proxy.ts, docs/decisions/0012): such
    # requests for full pages go to the server (whose page cache keeps the pages), cookie included.
    if (req.url !~ "^/lite(/|\?|$)" && (req.http.Save-Data ~ "(?i)^\s*on\s*$" || req.http.Cookie ~ "(^|;\s*)gazeti-edition=")) {
        return (pass);
    }
    # Public pages read no cookie: a signed-in editor gets the same cached page as everyone.
    unset req.http.Cookie;
    # Serve a slightly stale copy while refetching only for a moment when the server is healthy,
    # and for up to a day when it is down.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        return (deliver);
    }
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    if (beresp.status == 200 && beresp.http.xkey) {
        if (beresp.http.x-nextjs-cache == "STALE") {
            # Next answered with its previous copy while it renders a new one in the background:
            # keep that copy only a moment, then fetch the fresh page.
            set beresp.ttl = 1s;
            set beresp.grace = 0s;
        } else {
            # Long-lived: a publish purges the page by key. The hour only bounds a lost purge,
            # like the pages' own revalidate (docs/decisions/0001).
            set beresp.ttl = 1h;
            set beresp.grace = 24h;
        }
        unset beresp.http.Set-Cookie;
        return (deliver);
    }
    if (beresp.status == 404 || beresp.status >= 500) {
        # A story published at an address that was a 404 must show at once; errors are retried.
        set beresp.ttl = 1s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Untagged answers (redirects, assets) keep their own Cache-Control, at most a minute unless
    # their bytes never change (content-hashed /_next/static and /media files).
    if (beresp.ttl > 60s && beresp.http.Cache-Control !~ "immutable") {
        set beresp.ttl = 60s;
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The keys are for this cache only.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
