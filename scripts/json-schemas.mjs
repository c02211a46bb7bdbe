// JSON Schema files for each widget's format, converted from the rules the widgets parse
// with (src/core/rules.ts), so editors can validate a document as it is written. What
// JSON Schema cannot say (a year used twice, a real calendar date, text that is empty
// once cleaned) is left to the parser: `check` and `map` steps have no JSON Schema form.

const BOUNDS = {
  string: { min: 'minLength', max: 'maxLength' },
  array: { min: 'minItems', max: 'maxItems' },
  number: { min: 'minimum', max: 'maximum' },
};

/** One rule as JSON Schema (draft-07). */
export function ruleToJsonSchema(rule) {
  const out = {};
  if (rule.type === 'enum') {
    out.enum = [...rule.options];
    out.type = 'string';
  } else out.type = rule.type;
  const patterns = [];
  for (const step of rule.steps) {
    if (step.kind === 'min' || step.kind === 'max') out[BOUNDS[rule.type][step.kind]] = step.limit;
    else if (step.kind === 'integer') out.type = 'integer';
    else if (step.kind === 'pattern') patterns.push(step.pattern.source);
  }
  if (patterns.length) out.pattern = patterns[0];
  if (patterns.length > 1) out.allOf = patterns.slice(1).map((pattern) => ({ pattern }));
  if (rule.type === 'array') out.items = ruleToJsonSchema(rule.item);
  if (rule.type === 'object') {
    out.properties = Object.fromEntries(Object.entries(rule.entries).map(([k, r]) => [k, ruleToJsonSchema(r)]));
    out.required = Object.entries(rule.entries)
      .filter(([, r]) => !r.optional)
      .map(([k]) => k);
  }
  if (rule.fallback !== undefined) out.default = rule.fallback;
  // Wording that says more than the type does ("a period as YYYY-MM"), for editors' hovers.
  if (rule.type !== 'object' && rule.expected !== 'text') out.description = rule.expected;
  return out;
}

/** One JSON Schema per widget of the registry, from its `rules`. */
export function jsonSchemas(widgets) {
  const out = {};
  for (const widget of widgets) {
    out[widget.name] = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: `https://unpkg.com/capaian/dist/schemas/${widget.name}.schema.json`,
      title: `${widget.tag} document`,
      ...ruleToJsonSchema(widget.rules),
    };
  }
  return out;
}
