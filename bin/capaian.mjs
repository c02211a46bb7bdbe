#!/usr/bin/env node
// capaian render <widget> <data.json|-> [--width 640] [--lang id|en] [--theme light|dark] [--variant name] [--format svg|html]
// Writes a standalone SVG (or the element with declarative shadow DOM) to standard output.
// Exit codes: 0 written, 1 the data cannot be read or is invalid, 2 the command line is wrong.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderHtml, renderSvg, widgets } from '../dist/static.js';

const USAGE =
  'usage: capaian render <widget> <data.json|-> [--width 640] [--lang id|en] [--theme light|dark] ' +
  '[--variant name] [--format svg|html]\n' +
  `widgets: ${widgets.map((w) => `${w.name}${w.variants.length > 1 ? ` (variants: ${w.variants.join(', ')})` : ''}`).join(', ')}`;

function fail(message, code = 2) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** A flag's value, which must be one of `allowed` when given. */
function oneOf(name, value, allowed) {
  if (value !== undefined && !allowed.includes(value))
    fail(`--${name} must be ${allowed.join(' or ')}, not "${value}"\n${USAGE}`);
  return value;
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      width: { type: 'string' },
      lang: { type: 'string' },
      theme: { type: 'string' },
      variant: { type: 'string' },
      format: { type: 'string', default: 'svg' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${error.message}\n${USAGE}`);
}
const { values: flags, positionals } = parsed;
if (flags.help) fail(USAGE, 0);
const [command, name, file] = positionals;
if (command !== 'render' || !name || !file || positionals.length > 3) fail(USAGE);
const widget = widgets.find((w) => w.name === name);
if (!widget) fail(`unknown widget "${name}"\n${USAGE}`);

const width = flags.width === undefined ? 640 : Number(flags.width);
if (!Number.isInteger(width) || width < 200 || width > 4000) fail('--width must be a whole number from 200 to 4000');
// Without --lang, the document's own `lang` field decides, then Indonesian.
const lang = oneOf('lang', flags.lang, ['id', 'en']);
const theme = oneOf('theme', flags.theme, ['light', 'dark']) ?? 'light';
const variant = oneOf('variant', flags.variant, widget.variants);
const format = oneOf('format', flags.format, ['svg', 'html']);

let input;
try {
  input = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8').replace(/^\uFEFF/, ''));
} catch (error) {
  fail(`${file}: ${error.message}`, 1);
}
const result = (format === 'html' ? renderHtml : renderSvg)(name, input, { width, lang, theme, variant });
if (!result.ok) fail(`${file}: invalid data\n${result.reasons.map((r) => `  ${r.message}`).join('\n')}`, 1);
process.stdout.write(`${result.output}\n`);
