// One widget, chosen by the query string (?tag=…&src=…&lang=…&theme=…): for
// screenshots and quick checks.
const params = new URLSearchParams(location.search);
const tag = params.get('tag') ?? 'capaian-budget-growth';
if (!/^capaian-[a-z-]+$/.test(tag)) throw new Error('unknown tag');
const widget = document.createElement(tag);
for (const name of ['src', 'lang', 'theme', 'variant']) {
  const value = params.get(name);
  if (value) widget.setAttribute(name, value);
}
if (params.get('theme') === 'dark') document.body.classList.add('dark');
document.body.append(widget);
