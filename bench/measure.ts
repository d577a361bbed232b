/** Runs `fn` repeatedly and returns how many calls per second it sustained. */
export function perSecond(fn: () => void, seconds: number, warmupSeconds = Math.min(1, seconds / 2)): number {
  const warmEnd = performance.now() + warmupSeconds * 1000;
  do fn();
  while (performance.now() < warmEnd);
  const start = performance.now();
  let calls = 0;
  let now = start;
  while (now - start < seconds * 1000) {
    fn();
    calls++;
    now = performance.now();
  }
  return (calls * 1000) / (now - start);
}

/**
 * Measures several contenders in alternating rounds and keeps each one's best
 * round: on a shared machine, load that comes and goes then hits all alike.
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
