// Every attribute, on the tag and on the component.
import type {} from 'capaian/jsx';
import { AuditStreak } from 'capaian/react';

export const Tag = () => (
  <capaian-audit-streak
    src="/wtp.json"
    lang="id"
    theme="light"
    variant="badge"
    loading="eager"
    heading-level={3}
    no-download
  ></capaian-audit-streak>
);
export const Component = () => (
  <AuditStreak src="/wtp.json" lang="id" theme="light" variant="badge" loading="eager" headingLevel={3} noDownload />
);
