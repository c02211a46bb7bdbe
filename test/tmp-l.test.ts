import { it } from 'vitest';
import { povertyLayout, povertyHeight } from '../src/widgets/poverty-trend/layout.js';
import { spec } from './widgets/poverty-trend/fixtures.js';
const one = (extra = {}) => spec({ title: 't', series: [{ name: 'N', points: [{ period: '2019-03', value: 9 }, { period: '2019-09', value: 8 }, { period: '2020-03', value: 7.5 }] }], ...extra });
it('x', () => {
  console.log([200, 519, 520, 521, 799, 800, 801].map(povertyHeight));
  for (const [w, o] of [[640, {}], [100, {}], [640.4, {}], [640, { height: 300 }], [479, {}], [480, {}]] as const) {
    const m = povertyLayout(one(), { width: w, lang: 'id', ...o });
    console.log(w, m.width, m.height, JSON.stringify(m.plot), m.markerRadius, m.fontSize, JSON.stringify(m.labels[0]));
  }
  const m = povertyLayout(one({ annotations: [{ period: '2019-09', label: 'Pemilu' }] }), { width: 640, lang: 'id' });
  console.log(JSON.stringify(m.plot), JSON.stringify(m.annotations));
});
