import 'capaian/budget-growth';
import type {} from 'capaian/jsx';
import { BudgetGrowth } from 'capaian/react';

export const Wrapped = () => <BudgetGrowth src="/anggaran.json" theme="purple" />; // misspelt
export const Tag = () => <capaian-budget-growth src="/anggaran.json" theme="purple"></capaian-budget-growth>; // misspelt
export const Variant = () => <capaian-audit-streak src="/wtp.json" variant="badg"></capaian-audit-streak>; // misspelt
export const Lang = () => <capaian-stat src="/stat.json" lang="fr"></capaian-stat>; // misspelt
export const Data = () => <BudgetGrowth data={{ title: 'Anggaran', points: [{ year: 2024 }] }} />; // misspelt
export const WrappedLang = () => <BudgetGrowth src="/anggaran.json" lang="fr" />; // misspelt
export const State = () => <BudgetGrowth src="/anggaran.json" state="ready" />; // misspelt
