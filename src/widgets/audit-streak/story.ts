import { formatYear, type Lang } from '../../core/format.js';
import { coreText } from '../../core/i18n.js';
import type { TableModel } from '../../core/model.js';
import { formatRanges } from '../../core/words.js';
import type { Audit, AuditSpec } from './schema.js';
import { streaks, type Run } from './streak.js';
import { auditText, opinionNames, opinionPhrase } from './text.js';

/** "2016–2019", or "2022" for a run of one year. */
export const runYears = (run: Run): string =>
  run.from === run.to ? formatYear(run.from) : `${formatYear(run.from)}–${formatYear(run.to)}`;

/** Every fiscal year from the first audit to the last, with its audit or none. */
export function auditYears(audits: readonly Audit[]): { year: number; audit: Audit | undefined }[] {
  const byYear = new Map(audits.map((a) => [a.year, a]));
  const first = audits[0]?.year ?? 0;
  const count = audits.length ? audits[audits.length - 1]!.year - first + 1 : 0;
  return Array.from({ length: count }, (_, i) => ({ year: first + i, audit: byYear.get(first + i) }));
}

/**
 * The years without data just before the current run ([2020] for a run since 2021), or
 * none: the run is counted since that gap, and the reader must be told so.
 */
export function gapBefore(audits: readonly Audit[], run: Run): number[] {
  const known = new Set(audits.map((a) => a.year));
  const first = audits[0]?.year ?? 0;
  const gap: number[] = [];
  if (run.length) for (let year = run.from - 1; year > first && !known.has(year); year--) gap.unshift(year);
  return gap;
}

/**
 * The story in two to four sentences: the current streak and since when (or the latest
 * opinion when it does not count) and the gap it is counted since, the longest streak when it is another one, the last
 * opinion that was not unqualified, and the years with no data.
 */
export function auditSummary(spec: AuditSpec, lang: Lang): string {
  const t = auditText[lang];
  const { audits } = spec;
  const latest = audits[audits.length - 1];
  if (!latest) return coreText[lang].noData;
  const who = spec.entity || t.subject;
  const { current, longest, lastBreak } = streaks(audits);
  const gap = gapBefore(audits, current);
  let opening = t.latest(who, opinionPhrase(latest.opinion, lang), latest.year);
  if (gap.length) opening = t.gotStreakAfterGap(who, current.length, current.from, formatRanges(gap, lang));
  else if (current.length) opening = t.gotStreak(who, current.length, current.from);
  const parts = [opening];
  if (longest && longest !== current) parts.push(t.longestRun(longest.length, runYears(longest)));
  if (!lastBreak) parts.push(t.allCount);
  else if (lastBreak !== latest) parts.push(t.lastBreak(opinionPhrase(lastBreak.opinion, lang), lastBreak.year));
  // The years of the gap before the run are said already.
  const missing = auditYears(audits).filter((y) => !y.audit && !gap.includes(y.year));
  if (missing.length)
    parts.push(
      `${t.noDataFor} ${formatRanges(
        missing.map((y) => y.year),
        lang,
      )}.`,
    );
  return parts.join(' ');
}

/** Year, code, full name and (when any audit has one) note; a missing year says so. */
export function auditTable(spec: AuditSpec, lang: Lang): TableModel {
  const t = auditText[lang];
  const hasNotes = spec.audits.some((a) => a.note);
  return {
    caption: spec.title || t.caption,
    columns: [{ label: t.year }, { label: t.opinion }, { label: t.name }, ...(hasNotes ? [{ label: t.note }] : [])],
    rows: auditYears(spec.audits).map(({ year, audit: a }) => [
      formatYear(year),
      a ? a.opinion : coreText[lang].missing,
      a ? opinionNames[lang][a.opinion] : '',
      ...(hasNotes ? [a?.note ?? ''] : []),
    ]),
  };
}
