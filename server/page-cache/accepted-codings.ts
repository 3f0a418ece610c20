// "gzip, br;q=0" -> {gzip}: the codings a client accepts, those with q=0 left out.
export function acceptedCodings(acceptEncoding: string | string[] | undefined): Set<string> {
  const codings = new Set<string>();
  for (const item of String(acceptEncoding ?? "").split(",")) {
    const [name, ...params] = item.split(";").map((part) => part.trim().toLowerCase());
    const quality = params.find((param) => param.startsWith("q="));
    if (name && (quality === undefined || Number(quality.slice(2)) > 0)) codings.add(name);
  }
  return codings;
}
