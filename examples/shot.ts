// One widget, chosen by the query string (?tag=…&src=…&lang=…&theme=…&variant=…): for
// screenshots and quick checks. Loads only that widget's module; without `src`, it draws
// the widget's first sample file.
import { widgets } from '../src/widgets/index.js';

const params = new URLSearchParams(location.search);
const tag = params.get('tag') ?? widgets[0]!.tag;
const definition = widgets.find((w) => w.tag === tag);
if (!definition) throw new Error(`unknown tag ${tag}`);
const loaders = import.meta.glob('../src/widgets/*/*.ts');
await loaders[`../src/widgets/${definition.name}/${definition.name}.ts`]!();
const widget = document.createElement(tag);
widget.setAttribute('src', params.get('src') ?? `./data/${definition.samples[0]}.json`);
for (const attr of ['lang', 'theme', 'variant']) {
  const value = params.get(attr);
  if (value) widget.setAttribute(attr, value);
}
if (params.get('theme') === 'dark') document.body.classList.add('dark');
document.body.append(widget);
