// Over https the cookie is `__Host-` prefixed: the browser then insists on Secure, Path=/ and no
// Domain, so no other host or http page can set or shadow it.
export type SessionCookie = {
  name: string;
  options: {
    httpOnly: true;
    sameSite: "lax";
    secure: boolean;
    path: "/";
  };
};

export function sessionCookie(siteUrl: string): SessionCookie {
  const secure = siteUrl.startsWith("https://");
  return {
    name: secure ? "__Host-gazeti_session" : "gazeti_session",
    options: { httpOnly: true, sameSite: "lax", secure, path: "/" },
  };
}
