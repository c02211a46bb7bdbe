import { SourceMap, type SourceMapPayload } from 'node:module';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without types
import { COMPILE_HINT, terserPass } from '../../scripts/terser-pass.mjs';

describe('terserPass', () => {
  const source = 'var before = 1;\nwindow.after = before + 1;\n';

  it("opens a script whose code runs on load with V8's compile hint, alone on the first line", async () => {
    const { code } = await terserPass(source, { runsOnLoad: true });
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
    expect(code.split('\n')[0]).toBe(COMPILE_HINT);
    expect(code.split('\n').slice(1).join('\n')).toBe((await terserPass(source)).code);
  });

  it('leaves the hint out of a script that waits, such as the downloads', async () => {
    const { code } = await terserPass(source);
    expect(code).not.toContain('allFunctionsCalledOnLoad');
  });

  it('shifts the source map by the hint line, so it still points into the original', async () => {
    // The map a bundler would hand over: `window.after` is line 2, column 8 of the source.
    const original: SourceMapPayload = {
      version: 3,
      file: 'in.js',
      sourceRoot: '',
      sources: ['in.js'],
      sourcesContent: [source],
      names: [],
      mappings: 'AAAA,IAAI,MAAM,CAAC;AACX,MAAM,CAAC,KAAK,GAAG,MAAM,GAAG,CAAC',
    };
    const { code, map } = await terserPass(source, { runsOnLoad: true, map: original, mapUrl: 'out.js.map' });
    const lines = code.split('\n');
    const line = lines.findIndex((l: string) => l.includes('after'));
    expect(line).toBe(1);
    const entry = new SourceMap(JSON.parse(map)).findEntry(line, lines[line]!.indexOf('after'));
    // Found on the second generated line (an unshifted map has nothing there), at `after`.
    expect(entry).toMatchObject({ generatedLine: 1, originalSource: 'in.js', originalLine: 1, originalColumn: 7 });
  });
});
