// What a benchmark scenario is, and the figure format every scenario reports in.
/** `docs`: documents the database read (examined) to answer, index lookups and scans alike. */
export type Unit = 'ops' | 'docs' | 'per_s' | 'ratio' | 'ms' | 'KB' | 'bytes';

export interface Figure {
  /** `<area>.<figure>`, e.g. `weapp.main`. */
  name: string;
  value: number;
  unit: Unit;
  /** Printed with this many decimals (a mean), else as it is. */
  decimals?: number;
}

export interface Scenario {
  name: string;
  /** Run once and thrown away before the measured run (skip for scenarios that only read files). */
  warmUp?: () => Promise<void>;
  /** `earlier` holds the figures of the scenarios that ran before in this run (ratios use them as baselines). */
  run: (earlier: Figure[]) => Promise<Figure[]>;
}

/** Load scenarios use this many concurrent connections unless they say otherwise. */
export const DEFAULT_CONCURRENCY = 100;
