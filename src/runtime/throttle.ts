/**
 * Rate limiting for streamed output (figures, logs): a snippet may call
 * plot() thousands of times a second, the page redraws a few times a second.
 * @module
 */

/** A throttled flush: call {@link Throttle.request} as often as you like. */
export interface Throttle {
  /** Asks for a flush: runs it now if the interval has passed, else once the interval is over. */
  request(): void;
  /** Runs the flush now (e.g. when the run ends) and cancels the pending one. */
  flushNow(): void;
  /** Drops the pending flush. */
  cancel(): void;
}

/** Clock and timer, replaceable in tests. */
export interface ThrottleClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: ThrottleClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Leading and trailing throttle. The leading call matters in a worker that
 * never yields (a tight training loop): timers cannot fire there, so the
 * flush must happen inside request() itself once the interval has passed.
 */
export function createThrottle(intervalMs: number, flush: () => void, clock: ThrottleClock = realClock): Throttle {
  let last = -Infinity;
  let timer: unknown = null;
  const run = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    last = clock.now();
    flush();
  };
  return {
    request() {
      const wait = last + intervalMs - clock.now();
      if (wait <= 0) run();
      else if (timer === null) timer = clock.setTimeout(run, wait);
    },
    flushNow: run,
    cancel() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}
