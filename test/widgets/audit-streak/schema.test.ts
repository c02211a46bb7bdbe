import { describe, expect, it } from 'vitest';
import { MAX_AUDIT_YEARS, parseAudit } from '../../../src/widgets/audit-streak/schema.js';
import { sample } from '../../helpers/samples.js';

const doc = (audits: unknown, extra: object = {}) => ({ title: 'Opini BPK', audits, ...extra });
const reasons = (input: unknown) => {
  const result = parseAudit(input);
  if (result.ok) throw new Error('expected a rejection');
  return result.reasons;
};
const years = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ year: from + i, opinion: 'WTP' }));

describe('parseAudit: accepted', () => {
  it('accepts both sample files', () => {
    expect(parseAudit(sample('audit-streak.seed')).ok).toBe(true);
    expect(parseAudit(sample('audit-streak.history')).ok).toBe(true);
  });
  it('sorts unsorted years', () => {
    const result = parseAudit(
      doc([
        { year: 2019, opinion: 'WTP' },
        { year: 2015, opinion: 'TMP' },
        { year: 2017, opinion: 'WDP' },
      ]),
    );
    expect(result.ok && result.spec.audits.map((a) => a.year)).toEqual([2015, 2017, 2019]);
  });
  it('accepts every opinion code', () => {
    const codes = ['WTP', 'WTP-DPP', 'WDP', 'TW', 'TMP'];
    const result = parseAudit(doc(codes.map((opinion, i) => ({ year: 2010 + i, opinion }))));
    expect(result.ok && result.spec.audits.map((a) => a.opinion)).toEqual(codes);
  });
  it('accepts an empty list, for a "no data" chart, and a single year', () => {
    expect(parseAudit(doc([])).ok).toBe(true);
    expect(parseAudit(doc([{ year: 2022, opinion: 'WTP' }])).ok).toBe(true);
  });
  it(`accepts exactly ${MAX_AUDIT_YEARS} years from first to last`, () => {
    expect(parseAudit(doc(years(1963, MAX_AUDIT_YEARS))).ok).toBe(true);
    expect(
      parseAudit(
        doc([
          { year: 1963, opinion: 'WTP' },
          { year: 1963 + MAX_AUDIT_YEARS - 1, opinion: 'WDP' },
        ]),
      ).ok,
    ).toBe(true);
  });
  it('ignores unknown fields and keeps markup in text as plain characters', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const result = parseAudit(
      doc([{ year: 2015, opinion: 'WTP', note: markup, colour: 'red' }], { entity: markup, title: markup }),
    );
    expect(result.ok && result.spec.audits[0]).toEqual({ year: 2015, opinion: 'WTP', note: markup });
    expect(result.ok && [result.spec.title, result.spec.entity]).toEqual([markup, markup]);
  });
});

describe('parseAudit: rejected, with the JSON path, what was expected and what came', () => {
  it('rejects an unknown opinion code, naming the allowed codes', () => {
    expect(
      reasons(
        doc([
          { year: 2015, opinion: 'WTP' },
          { year: 2016, opinion: 'Wajar' },
        ]),
      )[0],
    ).toEqual({
      path: '$.audits[1].opinion',
      expected: 'one of "WTP", "WTP-DPP", "WDP", "TW", "TMP"',
      received: '"Wajar"',
      message: '$.audits[1].opinion: expected one of "WTP", "WTP-DPP", "WDP", "TW", "TMP", got "Wajar"',
    });
  });
  it('rejects a code in the wrong case rather than guess', () => {
    expect(reasons(doc([{ year: 2015, opinion: 'wtp' }]))[0]).toMatchObject({ path: '$.audits[0].opinion' });
  });
  it('rejects a repeated year at the path of the repeat', () => {
    expect(
      reasons(
        doc([
          { year: 2015, opinion: 'WTP' },
          { year: 2016, opinion: 'WTP' },
          { year: 2015, opinion: 'WDP' },
        ]),
      )[0],
    ).toMatchObject({ path: '$.audits[2].year', expected: 'a year not already used at index 0', received: '2015' });
  });
  it('rejects a non-integer year', () => {
    expect(reasons(doc([{ year: 2015.5, opinion: 'WTP' }]))[0]).toMatchObject({
      path: '$.audits[0].year',
      expected: 'an integer year',
      received: '2015.5',
    });
  });
  it('rejects a year given as a string', () => {
    expect(reasons(doc([{ year: '2015', opinion: 'WTP' }]))[0]).toMatchObject({ path: '$.audits[0].year' });
  });
  it(`rejects more than ${MAX_AUDIT_YEARS} years from the first audit to the last, saying how many`, () => {
    const [why] = reasons(
      doc([
        { year: 1950, opinion: 'WTP' },
        { year: 2022, opinion: 'WTP' },
      ]),
    );
    expect(why).toEqual({
      path: '$.audits',
      expected: 'at most 60 fiscal years from the first audit to the last',
      received: '73 years (1950–2022)',
      message: '$.audits: expected at most 60 fiscal years from the first audit to the last, got 73 years (1950–2022)',
    });
  });
  it(`rejects more than ${MAX_AUDIT_YEARS} audits`, () => {
    expect(reasons(doc(years(1900, MAX_AUDIT_YEARS + 1)))[0]).toMatchObject({
      path: '$.audits',
      expected: 'at most 60 audits',
    });
  });
  it('rejects missing or non-array audits', () => {
    expect(reasons({ title: 'x' })[0]).toMatchObject({ path: '$.audits', expected: 'a required field' });
    expect(reasons(doc({ 2015: 'WTP' }))[0]).toMatchObject({ path: '$.audits', expected: 'an array of audits' });
  });
  it('rejects a note longer than 500 characters', () => {
    expect(reasons(doc([{ year: 2015, opinion: 'WTP', note: 'x'.repeat(501) }]))[0]).toMatchObject({
      path: '$.audits[0].note',
    });
  });
  it('never throws, whatever the input', () => {
    for (const input of [undefined, 0, 'x', [], { audits: [null] }, { title: 1, audits: [{}] }, Object.create(null)]) {
      expect(() => parseAudit(input)).not.toThrow();
    }
  });
});
