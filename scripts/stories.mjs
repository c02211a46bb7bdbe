// `npm run stories`: writes stories/<name>.stories.ts for every widget of the registry
// (src/widgets/index.ts), from stories/builders.ts and the widget's stories/states/<name>.ts.
// See stories/generate.ts for why the files are generated.
import { writeFileSync } from 'node:fs';
import { loadRegistry, loadSource } from './registry.mjs';

const { storiesFile } = await loadSource('stories/generate.ts');
for (const widget of await loadRegistry()) {
  const { states } = await loadSource(`stories/states/${widget.name}.ts`);
  const path = new URL(`../stories/${widget.name}.stories.ts`, import.meta.url);
  writeFileSync(path, await storiesFile(widget, states));
  console.log(`stories/${widget.name}.stories.ts`);
}
