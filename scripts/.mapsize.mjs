import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { gzipSync } from 'node:zlib';
const code = readFileSync(process.argv[2], 'utf8'); const map = JSON.parse(readFileSync(process.argv[2] + '.map', 'utf8'));
const smc = new SourceMapConsumer(map); const lines = code.split('\n'); const segs = []; smc.eachMapping(m => segs.push(m));
segs.sort((a,b)=>a.generatedLine-b.generatedLine||a.generatedColumn-b.generatedColumn);
const per = {};
for (let i=0;i<segs.length;i++){ const a=segs[i], b=segs[i+1];
  const len = b && b.generatedLine===a.generatedLine ? b.generatedColumn-a.generatedColumn : lines[a.generatedLine-1].length-a.generatedColumn;
  const src=(a.source||'?').replace(/.*node_modules\//,'nm/').replace(/.*\/src\//,'src/'); per[src]=(per[src]||0)+len; }
const gz = gzipSync(code,{level:9}).length;
console.log('raw', code.length, 'gz', gz);
for (const [s,n] of Object.entries(per).sort((a,b)=>b[1]-a[1])) console.log(String(n).padStart(7),(n/code.length*gz/1000).toFixed(2).padStart(6), s);
