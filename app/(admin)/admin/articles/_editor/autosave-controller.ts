// "saved": written; "stop": refused for good, e.g. someone else saved first (saving again would
// only be refused again); "blocked": cannot be saved yet (a new story without a title), tried
// again after the next change; "failed": the request failed, tried again after the interval.
export type AutosaveOutcome = "saved" | "stop" | "blocked" | "failed";

export type AutosaveClock = {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

export type AutosaveStatus = { unsaved: boolean; saving: boolean; stopped: boolean };

// At most one autosave per interval while someone types; the first one waits until typing has
// paused for `settleMs`, so a burst of keystrokes is one save.
export const AUTOSAVE_INTERVAL_MS = 30_000;
export const AUTOSAVE_SETTLE_MS = 2_000;

const systemClock: AutosaveClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

// Decides when the editor's working copy is saved. Pure timing and bookkeeping: the save itself
// is the caller's, so this is unit-tested with a fake clock.
export class AutosaveController {
  private dirty = false;
  private inFlight: Promise<AutosaveOutcome> | null = null;
  private timer: unknown = null;
  private lastStartedAt: number;
  private stopped = false;
  private paused = false;
  private readonly intervalMs: number;
  private readonly settleMs: number;

  constructor(
    private readonly save: () => Promise<AutosaveOutcome>,
    private readonly options: {
      clock?: AutosaveClock;
      intervalMs?: number;
      settleMs?: number;
      onStatus?: (status: AutosaveStatus) => void;
    } = {},
  ) {
    this.intervalMs = options.intervalMs ?? AUTOSAVE_INTERVAL_MS;
    this.settleMs = options.settleMs ?? AUTOSAVE_SETTLE_MS;
    // The page was just loaded (or saved): that counts as the last save.
    this.lastStartedAt = this.clock.now();
  }

  private get clock(): AutosaveClock {
    return this.options.clock ?? systemClock;
  }

  get status(): AutosaveStatus {
    return { unsaved: this.dirty, saving: this.inFlight !== null, stopped: this.stopped };
  }

  // Something in the form changed.
  changed(): void {
    if (this.stopped) return;
    this.dirty = true;
    this.notify();
    if (this.timer === null && this.inFlight === null && !this.paused) this.schedule();
  }

  // The form is being submitted: no autosave until its answer is in (resume), or it would race
  // the submission and be refused as based on an older version.
  pause(): void {
    this.paused = true;
    this.cancelTimer();
  }

  resume(): void {
    this.paused = false;
    if (this.dirty && !this.stopped && this.timer === null && this.inFlight === null) {
      this.schedule();
    }
  }

  // Saves now whatever has not been saved (the Preview button), after any save in flight.
  async flush(): Promise<AutosaveOutcome | "unchanged"> {
    this.cancelTimer();
    if (this.inFlight) await this.inFlight;
    if (!this.dirty || this.stopped) return "unchanged";
    return this.run();
  }

  // Waits for a save in flight and cancels the next one: the form is about to be submitted,
  // which saves everything itself, based on the version that save returned.
  async settle(): Promise<void> {
    this.cancelTimer();
    if (this.inFlight) await this.inFlight;
  }

  // Everything the form holds has been saved by other means (a submitted form).
  markSaved(): void {
    this.cancelTimer();
    this.dirty = false;
    this.lastStartedAt = this.clock.now();
    this.notify();
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer();
    this.notify();
  }

  private schedule(): void {
    const sinceLast = this.clock.now() - this.lastStartedAt;
    const delay = Math.max(this.settleMs, this.intervalMs - sinceLast);
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      void this.run();
    }, delay);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(): Promise<AutosaveOutcome> {
    if (this.stopped) return "stop";
    this.dirty = false;
    this.lastStartedAt = this.clock.now();
    const pending = this.save().catch((): AutosaveOutcome => "failed");
    this.inFlight = pending;
    this.notify();
    const outcome = await pending;
    this.inFlight = null;
    if (outcome === "stop") {
      this.dirty = true;
      this.stop();
      return outcome;
    }
    if (outcome === "failed" || outcome === "blocked") this.dirty = true;
    this.notify();
    // Typed while saving, or a failed request: go again, no sooner than the interval allows.
    // A story that cannot be saved yet waits for the next change instead.
    if (this.dirty && outcome !== "blocked" && this.timer === null && !this.paused) {
      this.schedule();
    }
    return outcome;
  }

  private notify(): void {
    this.options.onStatus?.(this.status);
  }
}
