import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without types
import { jsonSchemas } from '../../scripts/json-schemas.mjs';
import { widgets } from '../../src/widgets/index.js';
import { sample } from '../helpers/samples.js';

/** Documents both the parser and the schema must reject, per widget. */
const REJECTED: Record<string, unknown[]> = {
  'budget-growth': [
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
  'poverty-trend': [
    { title: 't' },
    { title: 't', unit: 'percent', series: [{ name: 'N', points: [{ period: '2019-3', value: 9 }] }] },
    { title: 't', unit: 'percent', series: [{ name: 'N', points: [{ period: '2019-03', value: '9,41' }] }] },
    { title: 't', unit: 'percent', series: [{ name: 'N', points: [{ period: '2019-03', value: 101 }] }] },
    { title: 't', unit: 'percent', series: [{ points: [] }] },
  ],
  'audit-streak': [
    { title: 't' },
    { title: 't', entity: 'K', audits: [{ year: 2019, opinion: 'BAIK' }] },
    { title: 't', entity: 'K', audits: [{ year: 2019.5, opinion: 'WTP' }] },
    { title: 't', entity: 'K', audits: Array.from({ length: 61 }, (_, i) => ({ year: 1960 + i, opinion: 'WTP' })) },
  ],
  stat: [
    { title: 't' },
    { title: 't', figures: [{ label: 'Pagu', value: 1, unit: 'rupiah' }] },
    { title: 't', figures: [{ label: 'Pagu', value: '62,77 T', unit: 'money' }] },
    { title: 't', figures: [{ value: 1, unit: 'money' }] },
    { title: 't', figures: [{ label: 'Miskin', value: 9.41, unit: 'percent', better: 'down' }] },
    {
      title: 't',
      figures: [{ label: 'Miskin', value: 9.41, unit: 'percent', history: [{ period: '2019-13', value: 9 }] }],
    },
    { title: 't', figures: Array.from({ length: 9 }, () => ({ label: 'x', value: 1, unit: 'count' })) },
  ],
};

const schemas: Record<string, object> = jsonSchemas(widgets);
const ajv = new Ajv({ strict: false, allErrors: true });

describe('JSON Schema files', () => {
  it('has a file for every widget of the registry, and a set of documents it must reject', () => {
    expect(Object.keys(schemas)).toEqual(widgets.map((w) => w.name));
    expect(Object.keys(REJECTED).sort()).toEqual(widgets.map((w) => w.name).sort());
  });
  for (const widget of widgets) {
    const { name } = widget;
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
      (REJECTED[name] ?? []).forEach((doc, i) => {
        it(`rejects what the parser rejects (#${i}: ${JSON.stringify(doc)?.slice(0, 60)})`, () => {
          expect(widget.parse(doc).ok).toBe(false);
          expect(validate(doc)).toBe(false);
        });
      });
    });
  }
});
