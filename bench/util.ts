// Shared by the benches: rounds, timing, medians.
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** Seconds taken by fn. */
export function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
