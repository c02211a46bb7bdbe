/** `capaian/poverty-trend`: defines `<capaian-poverty-trend>`. */
import { defineElement } from '../../core/define.js';
import { PovertyTrendElement } from './poverty-trend.element.js';

export { PovertyTrendElement };
export type { PovertyTrendDocument, PovertySpec } from './schema.js';

defineElement(PovertyTrendElement.definition.tag, PovertyTrendElement);
