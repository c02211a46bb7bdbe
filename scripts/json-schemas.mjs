// JSON Schema files for each widget's format, converted from the valibot schemas the
// widgets parse with, so editors can validate a document as it is written. What JSON
// Schema cannot say (a year used twice, a real calendar date, finiteness) is left to
// the parser; those actions are skipped here on purpose (errorMode 'ignore').
import { toJsonSchema } from '@valibot/to-json-schema';

export const WIDGET_SCHEMAS = {
  'budget-growth': { export: 'budgetSchema', title: 'capaian-budget-growth document' },
  'poverty-trend': { export: 'povertySchema', title: 'capaian-poverty-trend document' },
  'audit-streak': { export: 'auditSchema', title: 'capaian-audit-streak document' },
};

/** Converts every widget schema the module exports; widgets not (yet) exported are skipped. */
export function jsonSchemas(schemas) {
  const out = {};
  for (const [name, { export: key, title }] of Object.entries(WIDGET_SCHEMAS)) {
    if (!schemas[key]) continue;
    out[name] = {
      $id: `https://unpkg.com/capaian/dist/schemas/${name}.schema.json`,
      title,
      ...toJsonSchema(schemas[key], { errorMode: 'ignore' }),
    };
  }
  return out;
}
