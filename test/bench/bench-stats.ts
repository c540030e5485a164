// The statistics every benchmark prints, in one place so their figures mean the same thing.

/** Middle value; the mean of the two middle ones for an even count. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank quantile (q = 0.95 for p95); 0 for no samples. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

/** Nearest-rank median and p95, as the journal benchmarks report them. */
export function medianAndP95(xs: readonly number[]): { medianMs: number; p95Ms: number } {
  return { medianMs: quantile(xs, 0.5), p95Ms: quantile(xs, 0.95) };
}
