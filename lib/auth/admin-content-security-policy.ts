// The newsroom's Content Security Policy: scripts only with this response's nonce (Next adds it
// to its own scripts when it finds the policy on the request), nothing framed, no plugins, forms
// posting only here. Inline style attributes stay allowed: the rich-text editor sets them.
export function adminContentSecurityPolicy(
  nonce: string,
  options: { https: boolean; development: boolean },
): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}
