// temp: attribute minified bytes of a bundle to sources
import { build } from 'vite';
import { SourceMapConsumer } from 'source-map-js';
import { gzipSync } from 'node:zlib';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
const entry = process.argv[2];
const result = await build({ root: process.cwd(), configFile: false, logLevel: 'silent', publicDir: false,
  plugins: [minifyTemplatesPlugin()],
  build: { write: false, target: 'es2022', minify: true, sourcemap: true, modulePreload: false,
    rollupOptions: { input: entry, preserveEntrySignatures: 'strict', output: { format: 'es' } } } });
const outs = (Array.isArray(result) ? result : [result]).flatMap(r => r.output).filter(o => o.type==='chunk' && (o.isEntry || !o.isDynamicEntry));
const per = {};
let total=0, gz=0;
for (const o of outs) {
  const smc = new SourceMapConsumer(o.map);
  const lines = o.code.split('\n');
  gz += gzipSync(o.code,{level:9}).length; total += o.code.length;
  const segs = [];
  smc.eachMapping(m => segs.push(m));
  segs.sort((a,b)=>a.generatedLine-b.generatedLine||a.generatedColumn-b.generatedColumn);
  for (let i=0;i<segs.length;i++){
    const a=segs[i], b=segs[i+1];
    let len;
    if (b && b.generatedLine===a.generatedLine) len=b.generatedColumn-a.generatedColumn;
    else len=lines[a.generatedLine-1].length-a.generatedColumn;
    const src=(a.source||'?').replace(/.*node_modules\//,'nm/').replace(/.*\/src\//,'src/');
    per[src]=(per[src]||0)+len;
  }
}
const rows=Object.entries(per).sort((a,b)=>b[1]-a[1]);
console.log('total raw',total,'gzip',gz);
for (const [s,n] of rows) console.log(String(n).padStart(7), (n/total*gz/1000).toFixed(2).padStart(6),'KBgz~', s);
