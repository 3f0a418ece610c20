export type TimedResponse = {
  status: number;
  ms: number;
  body: Buffer;
  headers: Headers;
};

// One request, timed to the last byte; redirects are answers, not followed.
export async function timedGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<TimedResponse> {
  const start = performance.now();
  const response = await fetch(url, {
    headers,
    redirect: "manual",
    signal: AbortSignal.timeout(60_000),
  });
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    ms: performance.now() - start,
    body,
    headers: response.headers,
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
