import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without types
import { jsonSchemas } from '../../scripts/json-schemas.mjs';
import * as layout from '../../src/layout.js';
import { sample } from '../helpers/samples.js';

type Parse = (input: unknown) => { ok: boolean };

/** Each widget: its parser, its samples, and documents both the parser and the schema must reject. */
const WIDGETS: Record<string, { parse: Parse; samples: string[]; rejected: unknown[] }> = {
  'budget-growth': {
    parse: layout.parseBudget,
    samples: ['budget-growth.seed', 'budget-growth.extended'],
    rejected: [
      null,
      { points: [] },
      { title: 't' },
      { title: 't', points: {} },
      { title: 't', points: [{ year: 2015, amount: '1' }] },
      { title: 't', points: [{ year: 2015, amount: -1 }] },
      { title: 't', points: [{ year: 2015.5, amount: 1 }] },
      { title: 't', points: [{ year: 2015, amount: 1, status: 'draft' }] },
      { title: 'x'.repeat(301), points: [] },
      { title: 't', points: [], updated: '2 Oct 2019' },
      { title: 't', points: [], currency: 'rupiah' },
    ],
  },
  'poverty-trend': {
    parse: layout.parsePoverty,
    samples: ['poverty-trend.seed', 'poverty-trend.bps-2015-2025'],
    rejected: [
      { title: 't' },
      { title: 't', unit: 'percent', series: [{ name: 'N', points: [{ period: '2019-3', value: 9 }] }] },
      { title: 't', unit: 'percent', series: [{ name: 'N', points: [{ period: '2019-03', value: '9,41' }] }] },
      { title: 't', unit: 'percent', series: [{ name: 'N', points: [{ period: '2019-03', value: 101 }] }] },
      { title: 't', unit: 'percent', series: [{ points: [] }] },
    ],
  },
  'audit-streak': {
    parse: layout.parseAudit,
    samples: ['audit-streak.seed', 'audit-streak.history'],
    rejected: [
      { title: 't' },
      { title: 't', entity: 'K', audits: [{ year: 2019, opinion: 'BAIK' }] },
      { title: 't', entity: 'K', audits: [{ year: 2019.5, opinion: 'WTP' }] },
      { title: 't', entity: 'K', audits: Array.from({ length: 61 }, (_, i) => ({ year: 1960 + i, opinion: 'WTP' })) },
    ],
  },
};

const schemas: Record<string, object> = jsonSchemas(layout);
const ajv = new Ajv({ strict: false, allErrors: true });

describe('JSON Schema files', () => {
  for (const [name, widget] of Object.entries(WIDGETS)) {
    describe(name, () => {
      const validate = ajv.compile(schemas[name]!);
      it('exists and is generated from the parsing schema', () => {
        expect(schemas[name]).toMatchObject({ type: 'object', required: expect.arrayContaining(['title']) });
      });
      for (const file of widget.samples) {
        it(`accepts the sample ${file}`, () => {
          expect(validate(sample(file)), JSON.stringify(validate.errors)).toBe(true);
        });
      }
      widget.rejected.forEach((doc, i) => {
        it(`rejects what the parser rejects (#${i}: ${JSON.stringify(doc)?.slice(0, 60)})`, () => {
          expect(widget.parse(doc).ok).toBe(false);
          expect(validate(doc)).toBe(false);
        });
      });
    });
  }
});
