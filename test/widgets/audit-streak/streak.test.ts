import { describe, expect, it } from 'vitest';
import { parseAudit, type AuditSpec } from '../../../src/widgets/audit-streak/schema.js';
import { counts, streaks } from '../../../src/widgets/audit-streak/streak.js';
import { sample } from '../../helpers/samples.js';

const spec = (input: unknown) => (parseAudit(input) as { spec: AuditSpec }).spec;
const audits = (...pairs: [number, string][]) =>
  spec({ title: 't', audits: pairs.map(([year, opinion]) => ({ year, opinion })) }).audits;

describe('streaks', () => {
  it('history sample: current streak 2 (2021–2022), longest 4 (2016–2019)', () => {
    const s = streaks(spec(sample('audit-streak.history')).audits);
    expect(s.current).toEqual({ from: 2021, to: 2022, length: 2 });
    expect(s.longest).toEqual({ from: 2016, to: 2019, length: 4 });
    expect(s.lastBreak).toMatchObject({ year: 2015, opinion: 'TMP' });
  });

  it('seed sample: current streak 3 (2016–2018), which is also the longest', () => {
    const s = streaks(spec(sample('audit-streak.seed')).audits);
    expect(s.current).toEqual({ from: 2016, to: 2018, length: 3 });
    expect(s.longest).toBe(s.current);
    expect(s.lastBreak).toBeUndefined();
  });

  it('a year with no audit ends a streak', () => {
    const s = streaks(audits([2016, 'WTP'], [2017, 'WTP'], [2019, 'WTP']));
    expect(s.current).toEqual({ from: 2019, to: 2019, length: 1 });
    expect(s.longest).toEqual({ from: 2016, to: 2017, length: 2 });
  });

  it('counts WTP and WTP-DPP; WDP, TW and TMP end a streak', () => {
    expect(['WTP', 'WTP-DPP', 'WDP', 'TW', 'TMP'].map((o) => counts(o as never))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    for (const breaker of ['WDP', 'TW', 'TMP']) {
      const s = streaks(audits([2015, 'WTP-DPP'], [2016, breaker], [2017, 'WTP'], [2018, 'WTP-DPP']));
      expect(s.current, breaker).toEqual({ from: 2017, to: 2018, length: 2 });
    }
  });

  it('has no current streak when the latest opinion does not count', () => {
    const s = streaks(audits([2015, 'WTP'], [2016, 'WTP'], [2017, 'WDP']));
    expect(s.current).toEqual({ from: 2017, to: 2017, length: 0 });
    expect(s.longest).toEqual({ from: 2015, to: 2016, length: 2 });
    expect(s.lastBreak).toMatchObject({ year: 2017 });
  });

  it('takes the latest of equally long runs as the longest, so a tie with the current is the current', () => {
    const s = streaks(audits([2015, 'WTP'], [2016, 'WTP'], [2017, 'TW'], [2018, 'WTP'], [2019, 'WTP']));
    expect(s.longest).toBe(s.current);
  });

  it('handles a single year and no years', () => {
    expect(streaks(audits([2022, 'WTP'])).current).toEqual({ from: 2022, to: 2022, length: 1 });
    expect(streaks(audits([2022, 'TMP'])).longest).toBeUndefined();
    const none = streaks([]);
    expect(none.current.length).toBe(0);
    expect(none.longest).toBeUndefined();
  });
});
