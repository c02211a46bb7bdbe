// The embed builder: a webmaster picks a widget, pastes JSON or a URL, sees the live
// preview and the validation errors, and copies ready code. All text goes in through
// textContent and attributes, never as markup.
import '../src/index.js';
import { renderSvg, widgets } from '../src/static.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const widgetSelect = $<HTMLSelectElement>('widget');
const langSelect = $<HTMLSelectElement>('lang');
const themeSelect = $<HTMLSelectElement>('theme');
const json = $<HTMLTextAreaElement>('json');
const url = $<HTMLInputElement>('url');
const errors = $('errors');
const preview = $('preview');
const CDN = 'https://unpkg.com/capaian/dist';

for (const { name } of widgets) widgetSelect.append(new Option(name, name));

const mode = () =>
  (document.querySelector<HTMLInputElement>('input[name=mode]:checked')?.value ?? 'json') as 'json' | 'url';

async function loadSample(): Promise<void> {
  const file = widgetSelect.value === 'budget-growth' ? 'budget-growth.seed' : `${widgetSelect.value}.seed`;
  json.value = await (await fetch(`./data/${file}.json`)).text();
  update();
}

function attributes(): string {
  const lang = langSelect.value === 'id' ? '' : ` lang="${langSelect.value}"`;
  const theme = themeSelect.value === 'light' ? '' : ` theme="${themeSelect.value}"`;
  return `${lang}${theme}`;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update(): void {
  const name = widgetSelect.value;
  const tag = widgets.find((w) => w.name === name)!.tag;
  $('url-label').hidden = mode() !== 'url';
  $('json-label').hidden = mode() !== 'json';
  errors.textContent = '';
  const el = document.createElement(tag) as HTMLElement & { data?: unknown };
  el.setAttribute('loading', 'eager');
  for (const [attr, value] of [
    ['lang', langSelect.value],
    ['theme', themeSelect.value],
  ])
    el.setAttribute(attr!, value!);
  el.addEventListener('capaian-error', (e) => {
    const detail = (e as CustomEvent<{ reasons: { message: string }[] }>).detail;
    errors.textContent = detail.reasons.map((r) => r.message).join('\n');
  });
  let inline = '';
  if (mode() === 'url') {
    el.setAttribute('src', url.value);
  } else {
    let doc: unknown;
    try {
      doc = JSON.parse(json.value);
    } catch (error) {
      errors.textContent = `JSON: ${(error as Error).message}`;
    }
    el.data = doc ?? json.value;
    // `</script` inside the JSON would end the inline script early: escape "<".
    inline = `\n  <script type="application/json">\n${JSON.stringify(doc ?? {}, null, 2).replace(/</g, '\\u003c')}\n  </script>\n`;
  }
  preview.replaceChildren(el);
  const src = mode() === 'url' ? ` src="${escapeAttr(url.value)}"` : '';
  $('code-script').textContent =
    `<script src="${CDN}/capaian.js" defer></script>\n<${tag}${src}${attributes()}>${inline}</${tag}>`;
  const query = new URLSearchParams({
    widget: name,
    ...(mode() === 'url' ? { src: url.value } : {}),
    lang: langSelect.value,
    theme: themeSelect.value,
  });
  const fragment = mode() === 'json' ? `#data=${encodeURIComponent(json.value.replace(/\s*\n\s*/g, ''))}` : '';
  $('code-iframe').textContent =
    `<iframe data-capaian src="${escapeAttr(`${CDN}/embed.html?${query}${fragment}`)}" title="${escapeAttr(tag)}" ` +
    `loading="lazy" style="width:100%;height:420px;border:0"></iframe>\n<script src="${CDN}/embed.js" async></script>`;
}

async function staticFile(): Promise<void> {
  const input = mode() === 'url' ? await (await fetch(url.value)).json() : JSON.parse(json.value);
  const result = renderSvg(widgetSelect.value, input, {
    width: 640,
    lang: langSelect.value as 'id' | 'en',
    theme: themeSelect.value === 'dark' ? 'dark' : 'light',
  });
  if (!result.ok) {
    errors.textContent = result.reasons.map((r) => r.message).join('\n');
    return;
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([result.output], { type: 'image/svg+xml' }));
  link.download = `${widgetSelect.value}.svg`;
  link.click();
}

for (const input of [langSelect, themeSelect, json, url]) input.addEventListener('input', update);
widgetSelect.addEventListener('change', () => void loadSample());
document.querySelectorAll('input[name=mode]').forEach((r) => r.addEventListener('change', update));
document
  .querySelectorAll<HTMLButtonElement>('[data-copy]')
  .forEach((button) =>
    button.addEventListener(
      'click',
      () => void navigator.clipboard.writeText($(button.dataset.copy!).textContent ?? ''),
    ),
  );
$('download-svg').addEventListener(
  'click',
  () => void staticFile().catch((e: Error) => (errors.textContent = e.message)),
);
void loadSample();
