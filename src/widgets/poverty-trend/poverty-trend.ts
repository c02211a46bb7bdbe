import { PovertyTrendElement } from './poverty-trend.element.js';
import { defineElement } from '../../core/define.js';

export { PovertyTrendElement };
export type { PovertySpec } from './schema.js';

defineElement('capaian-poverty-trend', PovertyTrendElement);

declare global {
  interface HTMLElementTagNameMap {
    'capaian-poverty-trend': PovertyTrendElement;
  }
}
