// The size budget: fails when a built file is over its gzip budget, and prints the
// gzip and brotli figures of each. Budgets are in KB of 1,000 bytes.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGETS = {
  // The whole library: 25 KB while one widget exists, 30 KB with all three.
  'dist/capaian.js': 25,
};

export function sizes(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
let failed = false;
for (const [file, budget] of Object.entries(BUDGETS)) {
  const s = sizes(file);
  const ok = s.gzip <= budget * 1000;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${file}: ${kb(s.gzip)} gzip (budget ${budget} KB), ${kb(s.brotli)} brotli, ${kb(s.raw)} minified`,
  );
}
if (failed) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
