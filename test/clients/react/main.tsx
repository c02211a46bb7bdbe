// The React app's browser entry: hydrates the server-rendered App, and renders the raw tags
// on the client. A hydration that React has to recover from is a console error, which fails the suite.
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { RawTags } from './RawTags';

hydrateRoot(document.getElementById('server')!, <App />, {
  onRecoverableError: (error) => console.error('hydration:', error),
});
createRoot(document.getElementById('client')!).render(<RawTags />);
