#!/usr/bin/env node
// capaian render <widget> <data.json> [--width 640] [--lang id|en] [--theme light|dark] [--format svg|html]
// Writes a standalone SVG (or the element with declarative shadow DOM) to standard output.
import { readFileSync } from 'node:fs';
import { renderHtml, renderSvg, widgets } from '../dist/static.js';

const USAGE =
  'usage: capaian render <widget> <data.json|-> [--width 640] [--lang id|en] [--theme light|dark] [--format svg|html]\n' +
  `widgets: ${widgets.map((w) => w.name).join(', ')}`;

function fail(message, code = 2) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
const flags = {};
const positional = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--help' || arg === '-h') fail(USAGE, 0);
  if (arg.startsWith('--')) {
    const [name, inline] = arg.slice(2).split('=');
    flags[name] = inline ?? args[++i];
  } else positional.push(arg);
}
const [command, widget, file] = positional;
if (command !== 'render' || !widget || !file) fail(USAGE);
if (!widgets.some((w) => w.name === widget)) fail(`unknown widget "${widget}"\n${USAGE}`);

let input;
try {
  input = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8').replace(/^\uFEFF/, ''));
} catch (error) {
  fail(`${file}: ${error.message}`, 1);
}
const width = flags.width === undefined ? 640 : Number(flags.width);
if (!Number.isFinite(width) || width < 200 || width > 4000) fail('--width must be a number from 200 to 4000');
const lang = flags.lang === 'en' ? 'en' : 'id';
const theme = flags.theme === 'dark' ? 'dark' : 'light';
const format = flags.format ?? 'svg';
if (format !== 'svg' && format !== 'html') fail('--format must be svg or html');

const result = (format === 'html' ? renderHtml : renderSvg)(widget, input, { width, lang, theme });
if (!result.ok) fail(`${file}: invalid data\n${result.reasons.map((r) => `  ${r.message}`).join('\n')}`, 1);
process.stdout.write(`${result.output}\n`);
