// The embed builder: a webmaster picks a widget, pastes JSON or a URL, sees the live
// preview and what is wrong, and copies ready code. Code is given only for a document
// that is valid; until then the code boxes say why. All text goes in through
// textContent and attributes, never as markup: every string of the document is hostile.
import '../src/index.js';
import { version } from '../package.json';
import { renderSvg, widgets } from '../src/static.js';
import { findJsonError, positionFromMessage } from './json-error.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const widgetSelect = $<HTMLSelectElement>('widget');
const langSelect = $<HTMLSelectElement>('lang');
const themeSelect = $<HTMLSelectElement>('theme');
const json = $<HTMLTextAreaElement>('json');
const url = $<HTMLInputElement>('url');
const errors = $('errors');
const advice = $('advice');
const preview = $('preview');
const copyStatus = $('copy-status');
const copyButtons = [...document.querySelectorAll<HTMLButtonElement>('[data-copy]')];
const downloadButton = $<HTMLButtonElement>('download-svg');

/** The exact version: a snippet keeps drawing the same way when a new version comes out. */
const CDN = `https://unpkg.com/capaian@${version}/dist`;
/** sha384 of dist/capaian.js and dist/embed.js, written by scripts/build.mjs, when they are of this version. */
let integrity: Record<string, string> = {};
/**
 * The iframe's height in its code: the preview's as drawn, once it is (embed.js then follows
 * the content at the page's own width), so that a page does not jump when the iframe loads.
 */
let iframeHeight = 420;

for (const { name } of widgets) widgetSelect.append(new Option(name, name));

type Mode = 'json' | 'url';
const mode = () => (document.querySelector<HTMLInputElement>('input[name=mode]:checked')?.value ?? 'json') as Mode;
const setMode = (value: Mode) =>
  document.querySelectorAll<HTMLInputElement>('input[name=mode]').forEach((r) => (r.checked = r.value === value));

// --- The draft, kept across reloads --------------------------------------------------

const STORAGE_KEY = 'capaian-builder';
interface Draft {
  widget: string;
  mode: Mode;
  url: string;
  lang: string;
  theme: string;
  /** The JSON text last edited for each widget: switching widgets loses nothing. */
  documents: Record<string, string>;
}
const documents: Record<string, string> = {};

/** localStorage, or nothing where the browser refuses it (private modes, sandboxed frames, policies). */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The saved draft, each field checked: storage is written by this page, but may hold anything. */
function readDraft(): Partial<Draft> {
  let saved: unknown;
  try {
    saved = JSON.parse(storage()?.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return {};
  }
  if (typeof saved !== 'object' || saved === null) return {};
  const { widget, mode, url, lang, theme, documents } = saved as Record<string, unknown>;
  const one = <T extends string>(value: unknown, allowed: readonly T[]) =>
    allowed.includes(value as T) ? (value as T) : undefined;
  const names = widgets.map((w) => w.name);
  const docs: Record<string, string> = {};
  if (typeof documents === 'object' && documents !== null)
    for (const name of names) {
      const text = (documents as Record<string, unknown>)[name];
      if (Object.hasOwn(documents, name) && typeof text === 'string') docs[name] = text;
    }
  return {
    widget: one(widget, names),
    mode: one(mode, ['json', 'url'] as const),
    url: typeof url === 'string' ? url : undefined,
    lang: one(lang, ['id', 'en']),
    theme: one(theme, ['light', 'dark', 'auto']),
    documents: docs,
  };
}

function saveDraft(): void {
  documents[widgetSelect.value] = json.value;
  const draft: Draft = {
    widget: widgetSelect.value,
    mode: mode(),
    url: url.value,
    lang: langSelect.value,
    theme: themeSelect.value,
    documents,
  };
  let saved = false;
  try {
    const store = storage();
    if (store) {
      store.setItem(STORAGE_KEY, JSON.stringify(draft));
      saved = true;
    }
  } catch {
    // Full or refused: the page works on, and says that the draft is not kept.
  }
  $('storage-note').hidden = saved;
}

// --- Checking the document -------------------------------------------------------------

interface Valid {
  doc: unknown;
  title: string;
  /** The document's own `lang` field, which decides when the element has no `lang` attribute. */
  docLang: string | undefined;
  advice: string[];
}
/** Why there is no code yet: a sentence for the code boxes, the problems to list, where to look. */
interface Withheld {
  why: string;
  problems: string[];
  excerpt?: string;
  index?: number;
  /** The parsed document when only its content is wrong: the preview shows the widget's error. */
  invalid?: { doc: unknown };
}
type Verdict = { valid: Valid } | { withheld: Withheld };

/**
 * The widget's own advice on a valid document (WidgetDefinition.advice, the console's
 * warning for the page's developer), said to the builder's reader in Indonesian. The only
 * advice today is the whole-rupiah one: money amounts all under a million.
 */
function adviceFor(name: string, spec: unknown): string[] {
  const widget = widgets.find((w) => w.name === name)!;
  if (!widget.advice?.(spec).length) return [];
  return [
    'Semua jumlah uang di bawah 1.000.000. Jumlah ditulis dalam rupiah penuh: 22400000000000 tampil sebagai ' +
      '"Rp 22,4 T", sedangkan 22.4 tampil sebagai "Rp 22,4". Periksa apakah angkanya dimaksudkan dalam triliun.',
  ];
}

function check(name: string, doc: unknown): Verdict {
  const widget = widgets.find((w) => w.name === name)!;
  const parsed = widget.parse(doc);
  if (!parsed.ok)
    return {
      withheld: {
        why: `data belum sesuai format ${widget.tag} (${parsed.reasons.length} masalah, lihat daftar di bagian Data)`,
        problems: parsed.reasons.map((r) => r.message),
        invalid: { doc },
      },
    };
  const spec = parsed.spec as { title: string; lang?: string };
  return { valid: { doc, title: spec.title, docLang: spec.lang, advice: adviceFor(name, parsed.spec) } };
}

/** The lines up to the error, numbered, and a caret under its column. */
function excerpt(text: string, line: number, column: number): string {
  const lines = text.split(/\r\n|\r|\n/);
  const width = String(line).length;
  const shown = [line - 1, line].filter((n) => n >= 1 && n <= lines.length);
  const numbered = shown.map((n) => `${String(n).padStart(width)} | ${lines[n - 1]!.slice(0, 200)}`);
  return [...numbered, `${' '.repeat(width)} | ${' '.repeat(Math.min(column - 1, 200))}^`].join('\n');
}

function checkText(name: string, text: string): Verdict {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const found = findJsonError(text);
    const at = found ?? positionFromMessage(text, (error as Error).message);
    const where = at ? `baris ${at.line}, kolom ${at.column}` : 'posisi tidak diketahui';
    return {
      withheld: {
        why: `JSON belum valid (${where}). Perbaiki dulu; kode muncul begitu dokumennya valid`,
        problems: [`JSON tidak valid, ${where}: ${found?.message ?? (error as Error).message}`],
        ...(at && { excerpt: excerpt(text, at.line, at.column) }),
        ...(found && { index: found.index }),
      },
    };
  }
  return check(name, doc);
}

/** Only an absolute http(s) URL: a relative one would be read from the CDN's embed page, not the site. */
function httpUrl(text: string): URL | undefined {
  try {
    const parsed = new URL(text.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

let urlRequest: AbortController | undefined;

/** The document at the URL, read here for its title and its check; unreadable here is not invalid. */
async function checkUrl(name: string, address: URL): Promise<Verdict | { unread: string }> {
  urlRequest?.abort();
  const request = (urlRequest = new AbortController());
  try {
    const response = await fetch(address, { signal: request.signal, credentials: 'omit' });
    if (!response.ok) return { unread: `jawaban HTTP ${response.status}` };
    return checkText(name, await response.text());
  } catch (error) {
    if (request.signal.aborted) throw error;
    return { unread: 'permintaan gagal (jaringan, atau server tanpa header CORS untuk halaman ini)' };
  }
}

// --- Showing it ---------------------------------------------------------------------------

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sri = (file: string) => (integrity[file] ? ` integrity="${integrity[file]}" crossorigin="anonymous"` : '');

function list(items: string[]): HTMLUListElement {
  const ul = document.createElement('ul');
  for (const item of items) {
    const li = document.createElement('li');
    li.textContent = item;
    ul.append(li);
  }
  return ul;
}

function showProblems(withheld: Withheld | undefined, notes: string[] = []): void {
  errors.replaceChildren();
  if (withheld?.problems.length) errors.append(list(withheld.problems));
  if (withheld?.excerpt) {
    const pre = document.createElement('pre');
    pre.textContent = withheld.excerpt;
    errors.append(pre);
  }
  if (withheld?.index !== undefined) {
    const index = withheld.index;
    const show = document.createElement('button');
    show.type = 'button';
    show.textContent = 'Tunjukkan di JSON';
    show.addEventListener('click', () => {
      json.focus();
      json.setSelectionRange(index, index + 1);
    });
    errors.append(show);
  }
  if (notes.length) errors.append(list(notes));
}

function withholdCode(why: string): void {
  for (const id of ['code-script', 'code-iframe']) {
    $(id).textContent = `Kode belum dibuat: ${why}.`;
    $(id).parentElement!.classList.add('withheld');
  }
  for (const button of copyButtons) button.disabled = true;
  downloadButton.disabled = true;
}

function showCode(name: string, valid: Valid, source: { src: string } | { doc: unknown; text: string }): void {
  const tag = widgets.find((w) => w.name === name)!.tag;
  const lang = langSelect.value;
  const theme = themeSelect.value;
  // Indonesian is the default; the document's own `lang` decides when there is no attribute.
  const needsLang = lang !== 'id' || (valid.docLang !== undefined && valid.docLang !== lang);
  const src = 'src' in source ? ` src="${escapeAttr(source.src)}"` : '';
  // The document as the webmaster wrote it. In valid JSON a "<" can only stand inside a
  // string, where \u003c means the same: `</script` in the text cannot end the script early.
  const inline =
    'text' in source
      ? `\n  <script type="application/json">\n${source.text
          .trim()
          .replace(/</g, '\\u003c')
          .replace(/^/gm, '    ')}\n  </script>\n`
      : '';
  // The stylesheet keeps the widget's space free until the script and data come (no layout shift).
  // The preload fetches the widget's own script beside capaian.js, not after it ran (one round
  // trip less); its URL is the one capaian.js asks for (src/classic/autoload.ts).
  $('code-script').textContent =
    `<link rel="preload" as="script" href="${CDN}/capaian-${name}.js?v=${version}" />\n` +
    `<link rel="stylesheet" href="${CDN}/capaian.css"${sri('capaian.css')} />\n` +
    `<script src="${CDN}/capaian.js"${sri('capaian.js')} defer></script>\n` +
    `<${tag}${src}${needsLang ? ` lang="${lang}"` : ''} theme="${theme}">${inline}</${tag}>`;

  const query = new URLSearchParams({ widget: name });
  if ('src' in source) query.set('src', source.src);
  if (needsLang) query.set('lang', lang);
  query.set('theme', theme);
  const fragment = 'doc' in source ? `#data=${encodeURIComponent(JSON.stringify(source.doc))}` : '';
  $('code-iframe').textContent =
    `<iframe data-capaian src="${escapeAttr(`${CDN}/embed.html?${query}${fragment}`)}" ` +
    `title="${escapeAttr(valid.title.replace(/\s+/g, ' ').trim())}" loading="lazy" ` +
    `style="width:100%;height:${iframeHeight}px;border:0"></iframe>\n` +
    `<script src="${CDN}/embed.js"${sri('embed.js')} async></script>`;
  for (const id of ['code-script', 'code-iframe']) $(id).parentElement!.classList.remove('withheld');
  for (const button of copyButtons) button.disabled = false;
  downloadButton.disabled = false;
}

function showAdvice(items: string[]): void {
  advice.replaceChildren(...(items.length ? [list(items)] : []));
}

function showPreview(name: string, source: { src: string } | { doc: unknown } | undefined): void {
  const tag = widgets.find((w) => w.name === name)!.tag;
  if (!source) {
    const waiting = document.createElement('p');
    waiting.className = 'note';
    waiting.textContent = 'Pratinjau menunggu dokumen yang valid.';
    preview.replaceChildren(waiting);
    return;
  }
  const el = document.createElement(tag) as HTMLElement & { data?: unknown };
  el.setAttribute('loading', 'eager');
  el.setAttribute('lang', langSelect.value);
  el.setAttribute('theme', themeSelect.value);
  if ('src' in source) el.setAttribute('src', source.src);
  else el.data = source.doc;
  el.addEventListener('capaian-ready', () => fitIframeCode(el), { once: true });
  preview.replaceChildren(el);
}

/** Writes the drawn preview's height into the iframe code shown (see `iframeHeight`). */
function fitIframeCode(drawn: HTMLElement): void {
  iframeHeight = Math.ceil(drawn.getBoundingClientRect().height);
  const code = $('code-iframe');
  code.textContent = (code.textContent ?? '').replace(/height:\d+px/, `height:${iframeHeight}px`);
}

let generation = 0;

async function update(): Promise<void> {
  const run = ++generation;
  const name = widgetSelect.value;
  $('url-label').hidden = mode() !== 'url';
  $('json-label').hidden = mode() !== 'json';
  saveDraft();
  if (mode() === 'json') {
    const verdict = checkText(name, json.value);
    if ('withheld' in verdict) {
      showProblems(verdict.withheld);
      showAdvice([]);
      withholdCode(verdict.withheld.why);
      // A syntax error leaves nothing to preview; an invalid document shows the widget's error state.
      showPreview(name, verdict.withheld.invalid);
      return;
    }
    showProblems(undefined);
    showAdvice(verdict.valid.advice);
    showCode(name, verdict.valid, { doc: verdict.valid.doc, text: json.value });
    showPreview(name, { doc: verdict.valid.doc });
    return;
  }
  const address = httpUrl(url.value);
  if (!address) {
    const why = url.value.trim()
      ? 'URL harus lengkap, diawali https:// (atau http://)'
      : 'isi URL dokumen JSON di bagian Data';
    showProblems(url.value.trim() ? { why, problems: [`${why}.`] } : undefined);
    showAdvice([]);
    withholdCode(why);
    showPreview(name, undefined);
    return;
  }
  withholdCode('membaca dokumen di URL…');
  showPreview(name, { src: address.href });
  let verdict: Awaited<ReturnType<typeof checkUrl>>;
  try {
    verdict = await checkUrl(name, address);
  } catch {
    return; // aborted by a newer edit
  }
  if (run !== generation) return;
  if ('unread' in verdict) {
    // The site's own page may read what this page cannot (CORS): the code is given, with a caution.
    showProblems(undefined, [
      `Dokumen di URL tidak dapat dibaca dari halaman ini: ${verdict.unread}. Kode tetap dibuat; ` +
        'pastikan URL itu dapat dibaca dari situs Anda, dan ganti atribut title iframe dengan judul grafik.',
    ]);
    showAdvice([]);
    showCode(name, { doc: undefined, title: 'Grafik', docLang: undefined, advice: [] }, { src: address.href });
    return;
  }
  if ('withheld' in verdict) {
    showProblems(verdict.withheld);
    showAdvice([]);
    withholdCode(verdict.withheld.why);
    return;
  }
  showProblems(undefined);
  showAdvice(verdict.valid.advice);
  showCode(name, verdict.valid, { src: address.href });
}

const refresh = () => void update();

async function loadSample(): Promise<void> {
  const name = widgetSelect.value;
  const sample = widgets.find((w) => w.name === name)!.samples.find((s) => s.endsWith('.seed')) ?? `${name}.seed`;
  const text = await (await fetch(`./data/${sample}.json`)).text();
  if (widgetSelect.value !== name) return;
  json.value = text;
  await update();
}

async function loadIntegrity(): Promise<void> {
  try {
    const built = (await (await fetch('../dist/integrity.json', { cache: 'no-store' })).json()) as {
      version?: unknown;
      files?: Record<string, unknown>;
    };
    if (built.version !== version || typeof built.files !== 'object' || built.files === null) return;
    for (const file of ['capaian.css', 'capaian.js', 'embed.js']) {
      const hash = built.files[file];
      if (typeof hash === 'string' && /^sha384-[A-Za-z0-9+/]+={0,2}$/.test(hash)) integrity[file] = hash;
    }
  } catch {
    integrity = {};
  }
  $('code-note').textContent = integrity['capaian.js']
    ? `Versi ${version} dikunci di alamat CDN, dengan integrity (SRI) dari build ini: peramban menolak berkas yang berubah.`
    : `Versi ${version} dikunci di alamat CDN. Tanpa integrity: dist/integrity.json belum dibuat (npm run build).`;
}

// --- Copying -----------------------------------------------------------------------------

const restoreLabel = new WeakMap<HTMLButtonElement, number>();

async function copy(button: HTMLButtonElement): Promise<void> {
  const code = $(button.dataset.copy!);
  let copied = false;
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    copied = true;
  } catch {
    // No clipboard here (a page on plain http, a refused permission): select the code instead.
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }
  button.textContent = copied ? 'Disalin' : 'Tekan Ctrl+C';
  copyStatus.textContent = copied
    ? `${button.dataset.what ?? 'Kode'} disalin.`
    : `${button.dataset.what ?? 'Kode'} sudah dipilih: tekan Ctrl+C (⌘C di Mac) untuk menyalin.`;
  clearTimeout(restoreLabel.get(button));
  restoreLabel.set(
    button,
    window.setTimeout(() => {
      button.textContent = 'Salin';
      copyStatus.textContent = '';
    }, 2000),
  );
}

async function staticFile(): Promise<void> {
  const input = mode() === 'url' ? await (await fetch(url.value)).json() : JSON.parse(json.value);
  const result = renderSvg(widgetSelect.value, input, {
    width: 640,
    lang: langSelect.value as 'id' | 'en',
    theme: themeSelect.value === 'dark' ? 'dark' : 'light',
  });
  if (!result.ok) {
    showProblems({ why: '', problems: result.reasons.map((r) => r.message) });
    return;
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([result.output], { type: 'image/svg+xml' }));
  link.download = `${widgetSelect.value}.svg`;
  link.click();
}

// --- Wiring --------------------------------------------------------------------------------

let urlTimer: number | undefined;
for (const input of [langSelect, themeSelect, json]) input.addEventListener('input', refresh);
// A URL is read over the network: wait until the typing pauses.
url.addEventListener('input', () => {
  clearTimeout(urlTimer);
  urlTimer = window.setTimeout(refresh, 400);
});
widgetSelect.addEventListener('change', () => {
  const saved = documents[widgetSelect.value];
  if (saved !== undefined) {
    json.value = saved;
    refresh();
  } else void loadSample();
});
$('load-sample').addEventListener('click', () => void loadSample());
document.querySelectorAll('input[name=mode]').forEach((r) => r.addEventListener('change', refresh));
for (const button of copyButtons) button.addEventListener('click', () => void copy(button));
downloadButton.addEventListener(
  'click',
  () => void staticFile().catch((e: Error) => showProblems({ why: '', problems: [e.message] })),
);

const draft = readDraft();
Object.assign(documents, draft.documents);
if (draft.widget) widgetSelect.value = draft.widget;
if (draft.lang) langSelect.value = draft.lang;
if (draft.theme) themeSelect.value = draft.theme;
if (draft.mode) setMode(draft.mode);
if (draft.url !== undefined) url.value = draft.url;
await loadIntegrity();
const kept = documents[widgetSelect.value];
if (kept !== undefined) {
  json.value = kept;
  await update();
} else await loadSample();
document.body.dataset.ready = '';
