import * as v from '../../core/rules.js';
import {
  frameEntries,
  parseWith,
  sortUnique,
  text,
  TEXT_LIMITS,
  year,
  type FrameSpec,
  type ParseResult,
  type Reason,
} from '../../core/schema.js';

/** BPK's opinion codes, best first. WTP and WTP-DPP count toward a streak. */
export const OPINIONS = ['WTP', 'WTP-DPP', 'WDP', 'TW', 'TMP'] as const;
export type Opinion = (typeof OPINIONS)[number];

/**
 * Most fiscal years, first to last, one chart accepts: six decades of cells still wrap
 * into a readable grid on a phone; a longer span is more likely a typo in a year.
 */
export const MAX_AUDIT_YEARS = 60;

const audit = v.object({
  year,
  opinion: v.picklist(OPINIONS, `one of "${OPINIONS.join('", "')}"`),
  note: v.optional(text(TEXT_LIMITS.line)),
});

/**
 * The audit-streak document. Unknown fields are ignored; `audits` is sorted by year and
 * a repeated year is an error, since a fiscal year gets one opinion.
 */
export const auditSchema = v.object({
  ...frameEntries,
  entity: v.optional(text(TEXT_LIMITS.line)),
  audits: v.array(audit, 'an array of audits', v.max(MAX_AUDIT_YEARS, `at most ${MAX_AUDIT_YEARS} audits`)),
});

/**
 * The audit-streak document as a person writes it (README: "The JSON format"): the type of the
 * element's `data` property. Optional fields may be left out; parsing fills defaults,
 * cleans text and sorts, giving the {@link AuditSpec}.
 */
export type AuditStreakDocument = v.Input<typeof auditSchema>;

export type Audit = v.Output<typeof audit>;

export interface AuditSpec extends FrameSpec {
  entity?: string | undefined;
  /** Sorted by year, years unique, at most {@link MAX_AUDIT_YEARS} from first to last. */
  audits: Audit[];
}

/** Turns untrusted JSON into an {@link AuditSpec}, or into reasons a person can act on. */
export function parseAudit(input: unknown): ParseResult<AuditSpec> {
  return parseWith(auditSchema, input, (doc): AuditSpec | Reason[] => {
    const sorted = sortUnique(doc.audits, (a) => a.year, 'year', ['audits']);
    if ('reasons' in sorted) return sorted.reasons;
    const audits = sorted.sorted;
    const span = audits.length ? audits[audits.length - 1]!.year - audits[0]!.year + 1 : 0;
    if (span > MAX_AUDIT_YEARS) {
      const expected = `at most ${MAX_AUDIT_YEARS} fiscal years from the first audit to the last`;
      const received = `${span} years (${audits[0]!.year}–${audits[audits.length - 1]!.year})`;
      return [{ path: '$.audits', expected, received, message: `$.audits: expected ${expected}, got ${received}` }];
    }
    return { ...doc, audits };
  });
}
