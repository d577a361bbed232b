/**
 * Timing for the bench. Rates are per second of this process's own CPU time
 * (process.cpuUsage: user + system), not wall-clock time: on a shared machine
 * other processes' load then barely moves the figures. Work is single-threaded,
 * so CPU time and wall time agree on an idle machine.
 */

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Runs `fn` repeatedly and returns how many calls per CPU-second it sustained. */
export function perSecond(fn: () => void, seconds: number, warmupSeconds = Math.min(1, seconds / 2)): number {
  const warmStart = cpuSeconds();
  let warmCalls = 0;
  do {
    fn();
    warmCalls++;
  } while (cpuSeconds() - warmStart < warmupSeconds);
  // Read the clock (a system call) about every 2 ms, not after every fast call.
  const chunk = Math.max(1, Math.round((warmCalls / Math.max(cpuSeconds() - warmStart, 1e-6)) * 0.002));
  const start = cpuSeconds();
  let calls = 0;
  let now = start;
  while (now - start < seconds) {
    for (let i = 0; i < chunk; i++) fn();
    calls += chunk;
    now = cpuSeconds();
  }
  return calls / (now - start);
}

/**
 * Measures several contenders in alternating rounds and keeps each one's best
 * round, so that load which comes and goes hits all alike.
 */
export function bestOfRounds(contenders: Record<string, () => void>, rounds: number, secondsPerRound: number): Record<string, number> {
  const best: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const rate = perSecond(fn, secondsPerRound, r === 0 ? Math.min(0.5, secondsPerRound) : 0.05);
      best[name] = Math.max(best[name] ?? 0, rate);
    }
  }
  return best;
}
