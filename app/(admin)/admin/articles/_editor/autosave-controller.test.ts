import { describe, expect, it } from "vitest";
import {
  AutosaveController,
  type AutosaveClock,
  type AutosaveOutcome,
} from "./autosave-controller";

// A clock whose time moves only when the test says so.
function fakeClock() {
  let now = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let nextId = 1;
  const clock: AutosaveClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((timer) => timer.id !== id);
    },
  };
  const advance = async (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.run();
      // Let the save's promise chain settle.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    }
    now = until;
  };
  return { clock, advance };
}

function recorder(outcomes: AutosaveOutcome[] = []) {
  const { clock, advance } = fakeClock();
  const savedAt: number[] = [];
  const controller = new AutosaveController(
    async () => {
      savedAt.push(clock.now());
      return outcomes.shift() ?? "saved";
    },
    { clock, intervalMs: 30_000, settleMs: 2_000 },
  );
  return { controller, savedAt, advance };
}

describe("the editor's autosave", () => {
  it("saves a burst of typing once, no sooner than 30 s after the page was opened", async () => {
    const { controller, savedAt, advance } = recorder();
    for (let second = 1; second <= 20; second++) {
      controller.changed();
      await advance(1_000);
    }
    expect(savedAt).toEqual([]);
    await advance(10_000);
    expect(savedAt).toEqual([30_000]);
    expect(controller.status.unsaved).toBe(false);
  });

  it("never saves more often than every 30 s while someone keeps typing", async () => {
    const { controller, savedAt, advance } = recorder();
    await advance(60_000);
    for (let second = 0; second < 120; second++) {
      controller.changed();
      await advance(1_000);
    }
    expect(savedAt.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < savedAt.length; i++) {
      expect(savedAt[i]! - savedAt[i - 1]!).toBeGreaterThanOrEqual(30_000);
    }
    // The first save after a quiet spell waits only for typing to pause.
    expect(savedAt[0]).toBe(62_000);
  });

  it("does nothing while nothing changes", async () => {
    const { savedAt, advance } = recorder();
    await advance(600_000);
    expect(savedAt).toEqual([]);
  });

  it("stops for good after a refusal such as a conflict, so it is not repeated", async () => {
    const { controller, savedAt, advance } = recorder(["stop"]);
    controller.changed();
    await advance(40_000);
    expect(savedAt).toHaveLength(1);
    controller.changed();
    await advance(120_000);
    expect(savedAt).toHaveLength(1);
    expect(controller.status).toMatchObject({ stopped: true, unsaved: true });
  });

  it("tries again after a failed request, and after the next change when it cannot save yet", async () => {
    const failing = recorder(["failed"]);
    failing.controller.changed();
    await failing.advance(30_000);
    await failing.advance(30_000);
    expect(failing.savedAt).toEqual([30_000, 60_000]);

    const blocked = recorder(["blocked"]);
    blocked.controller.changed();
    await blocked.advance(30_000);
    await blocked.advance(120_000);
    expect(blocked.savedAt).toEqual([30_000]);
    blocked.controller.changed();
    await blocked.advance(30_000);
    expect(blocked.savedAt).toEqual([30_000, 152_000]);
  });

  it("saves at once when flushed for a preview, and not at all when the form was submitted", async () => {
    const { controller, savedAt, advance } = recorder();
    controller.changed();
    expect(await controller.flush()).toBe("saved");
    expect(savedAt).toEqual([0]);
    expect(await controller.flush()).toBe("unchanged");

    controller.changed();
    await controller.settle();
    controller.markSaved();
    await advance(120_000);
    expect(savedAt).toEqual([0]);
    expect(controller.status.unsaved).toBe(false);
  });

  it("waits while the form is being submitted, and carries on if the submission was refused", async () => {
    const { controller, savedAt, advance } = recorder();
    await advance(60_000);
    controller.changed();
    controller.pause();
    controller.changed();
    await advance(60_000);
    expect(savedAt).toEqual([]);
    controller.resume();
    await advance(2_000);
    expect(savedAt).toEqual([122_000]);
  });
});
