/** `capaian/audit-streak`: defines `<capaian-audit-streak>`. */
import { defineElement } from '../../core/define.js';
import { AuditStreakElement } from './audit-streak.element.js';

export { AuditStreakElement };
export type { AuditStreakDocument, AuditSpec } from './schema.js';

defineElement(AuditStreakElement.definition.tag, AuditStreakElement);
