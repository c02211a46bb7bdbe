import { build } from 'vite';
import { SourceMapConsumer } from 'source-map-js';
import { minifyTemplatesPlugin } from '/work/main/scripts/minify-templates.mjs';
const result = await build({ root: '/work/main', configFile: false, logLevel: 'silent', publicDir: false, plugins: [minifyTemplatesPlugin()],
  build: { write: false, target: 'es2022', minify: true, sourcemap: true, rollupOptions: { input: process.argv[2], preserveEntrySignatures: 'strict', output: { format: 'es' }, external: (id) => /\/exporter\.js$/.test(id) } } });
const outs = (Array.isArray(result) ? result : [result]).flatMap(r => r.output).filter(o => o.type==='chunk');
for (const o of outs) {
  const smc = new SourceMapConsumer(o.map); const lines = o.code.split('\n');
  const segs=[]; smc.eachMapping(m=>segs.push(m));
  segs.sort((a,b)=>a.generatedLine-b.generatedLine||a.generatedColumn-b.generatedColumn);
  for (let i=0;i<segs.length;i++){ const a=segs[i], b=segs[i+1];
    if (a.source) continue;
    const line=lines[a.generatedLine-1]; const end = b && b.generatedLine===a.generatedLine ? b.generatedColumn : line.length;
    if (end-a.generatedColumn>20) console.log(end-a.generatedColumn, JSON.stringify(line.slice(a.generatedColumn, Math.min(end, a.generatedColumn+150))));
  }
}
