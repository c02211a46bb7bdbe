// The React app's server entry: the HTML a Next.js server would send (scripts/client-apps.mjs
// builds it with `vite build --ssr` and writes its output into the page).
import { renderToString } from 'react-dom/server';
import { App } from './App';

export function render(): string {
  return renderToString(<App />);
}
