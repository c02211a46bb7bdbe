import type { Audit, Opinion } from './schema.js';

/** A run of consecutive fiscal years whose opinions count toward a streak. */
export interface Run {
  from: number;
  to: number;
  length: number;
}

export interface Streaks {
  /** The run ending at the latest audited year; length 0 when that opinion does not count. */
  current: Run;
  /** The longest run; on a tie, the latest, so a current run that equals it is it. */
  longest: Run | undefined;
  /** The latest audit whose opinion does not count. */
  lastBreak: Audit | undefined;
}

/** WTP and WTP-DPP count toward a streak (data/README.md); WDP, TW and TMP end one. */
export const counts = (opinion: Opinion): boolean => opinion === 'WTP' || opinion === 'WTP-DPP';

/**
 * Streaks in audits sorted by year. A year with no audit ends a run just as an opinion
 * that does not count does: a gap is never assumed to have been unqualified.
 */
export function streaks(audits: readonly Audit[]): Streaks {
  let run: Run | undefined;
  let longest: Run | undefined;
  let lastBreak: Audit | undefined;
  for (const a of audits) {
    if (!counts(a.opinion)) {
      lastBreak = a;
      run = undefined;
    } else if (run && a.year === run.to + 1) {
      run.to = a.year;
      run.length++;
    } else run = { from: a.year, to: a.year, length: 1 };
    // On a tie the later run wins, so a current run as long as the longest is it.
    if (run && run.length >= (longest?.length ?? 0)) longest = run;
  }
  // A run still open after the last audit ends at the latest audited year.
  const latest = audits[audits.length - 1]?.year ?? 0;
  return { current: run ?? { from: latest, to: latest, length: 0 }, longest, lastBreak };
}
