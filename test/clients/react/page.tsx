// app/anggaran/page.tsx in Next.js: a Server Component. capaian/react is a client module
// ('use client'): the server sends the bare tag, and on hydration the component hands the
// element its data. Event props (functions) need a client component such as BudgetChart.
import { BudgetGrowth } from 'capaian/react';

export default async function BudgetPage() {
  const response = await fetch('https://data.example.go.id/anggaran.json');
  return <BudgetGrowth data={await response.json()} theme="light" />;
}
