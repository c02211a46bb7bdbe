import { defineElement } from '../../core/define.js';
import { AuditStreakElement } from './audit-streak.element.js';

export { AuditStreakElement };
export type { AuditSpec } from './schema.js';

defineElement('capaian-audit-streak', AuditStreakElement);

declare global {
  interface HTMLElementTagNameMap {
    'capaian-audit-streak': AuditStreakElement;
  }
}
