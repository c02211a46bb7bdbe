// One widget, chosen by the query string (?tag=…&src=…&lang=…&theme=…&variant=…&width=…):
// for screenshots and quick checks. Loads only that widget's module.
const params = new URLSearchParams(location.search);
const tag = params.get('tag') ?? 'capaian-budget-growth';
const name = tag.replace(/^capaian-/, '');
const loaders = import.meta.glob('../src/widgets/*/*.ts');
const load = loaders[`../src/widgets/${name}/${name}.ts`];
if (!load) throw new Error(`unknown tag ${tag}`);
await load();
const widget = document.createElement(tag);
for (const attr of ['src', 'lang', 'theme', 'variant']) {
  const value = params.get(attr);
  if (value) widget.setAttribute(attr, value);
}
if (params.get('theme') === 'dark') document.body.classList.add('dark');
document.body.append(widget);
