'use client';
import type { BudgetGrowthDocument } from 'capaian';
import { BudgetGrowth } from 'capaian/react';
import { useState } from 'react';

const budget: BudgetGrowthDocument = {
  title: 'Anggaran Kementerian',
  points: [
    { year: 2024, amount: 22.4e12 },
    { year: 2025, amount: 25.1e12, status: 'planned' },
  ],
};

export function BudgetChart() {
  const [empty, setEmpty] = useState(false);
  return (
    <>
      <BudgetGrowth
        data={budget}
        lang="en"
        theme="auto"
        onReady={(event) => setEmpty(event.detail.empty)}
        onError={(event) => console.warn(event.detail.kind, event.detail.reasons)}
      />
      {empty && <p>No figures yet.</p>}
    </>
  );
}
