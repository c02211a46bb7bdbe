import { defineConfig } from 'vite';

/** Dev server for the gallery (`npm start`); the library builds live in scripts/build.mjs. */
export default defineConfig({
  server: { port: 5173, strictPort: false, open: false },
  plugins: [
    {
      name: 'gallery-at-root',
      configureServer(server) {
        server.middlewares.use((req, res, next) => {
          if (req.url === '/' || req.url === '/index.html') {
            res.statusCode = 302;
            res.setHeader('location', '/examples/');
            res.end();
            return;
          }
          next();
        });
      },
    },
  ],
});
