import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = new URL('.', import.meta.url).pathname;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves dist/ byte for byte, as a CDN or a ministry's static host would. Vite's own
 * server rewrites the .js files it serves (a classic script gains an `import` of its
 * client and stops working), so the built library must not go through it.
 */
function distAsBuilt(): Plugin {
  return {
    name: 'dist-as-built',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        if (!path.startsWith('/dist/')) return next();
        const file = normalize(join(root, path));
        if (!file.startsWith(join(root, 'dist')) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
        res.setHeader('cache-control', 'no-store');
        res.end(readFileSync(file));
      });
    },
  };
}

/** The gallery at the root of the dev server, and no favicon. */
function galleryAtRoot(): Plugin {
  return {
    name: 'gallery-at-root',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        // No icon of our own: an empty answer, not a 404 in every example page's console.
        if (req.url === '/favicon.ico') {
          res.statusCode = 204;
          res.end();
          return;
        }
        if (req.url === '/' || req.url === '/index.html') {
          res.statusCode = 302;
          res.setHeader('location', '/examples/');
          res.end();
          return;
        }
        next();
      });
    },
  };
}

/** Dev server for the gallery (`npm start`); the library builds live in scripts/build.mjs. */
export default defineConfig({
  server: { port: 5173, strictPort: false, open: false },
  plugins: [distAsBuilt(), galleryAtRoot()],
});
