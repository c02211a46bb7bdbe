'use client';
// The React app of the client suite (scripts/client-apps.mjs) with capaian/react's components:
// rendered on the server (server.tsx), hydrated in the browser (main.tsx), as Next.js does.
// The budget chart gets a new inline object on every render, and its onReady sets state.
import { AuditStreak, BudgetGrowth, PovertyTrend, Stat } from 'capaian/react';
import { useState } from 'react';
import { audit, budget, figures, poverty } from '../documents';

export function App() {
  const [lang, setLang] = useState<'id' | 'en'>('id');
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const [title, setTitle] = useState(budget.title);
  const [readies, setReadies] = useState(0);
  return (
    <main>
      <button id="lang" onClick={() => setLang(lang === 'id' ? 'en' : 'id')}>
        {lang === 'id' ? 'English' : 'Bahasa Indonesia'}
      </button>
      <button id="theme" onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}>
        {theme === 'light' ? 'Gelap' : 'Terang'}
      </button>
      <button id="change" onClick={() => setTitle('Anggaran Kemensos 2018–2020')}>
        Ganti judul
      </button>
      <BudgetGrowth
        data={{ ...budget, title }}
        lang={lang}
        theme={theme}
        onReady={() => setReadies((n) => n + 1)}
        onError={(event) => console.error(event.detail.kind, event.detail.reasons)}
      />
      <p>
        capaian-ready: <output id="readies">{readies}</output>
      </p>
      <PovertyTrend data={poverty} lang={lang} theme={theme} />
      <AuditStreak data={audit} lang={lang} theme={theme} />
      <Stat data={figures} lang={lang} theme={theme} />
    </main>
  );
}
