// Types of isr-cache-handler.mjs, for the canary test that imports it.
export default class IsrCacheHandler {
  get(key: string, ctx: unknown): Promise<unknown>;
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
}
