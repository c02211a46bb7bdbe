/** `capaian/stat`: defines `<capaian-stat>`. */
import { defineElement } from '../../core/define.js';
import { StatElement } from './stat.element.js';

export { StatElement };
export type { StatDocument, StatSpec } from './schema.js';

defineElement(StatElement.definition.tag, StatElement);
