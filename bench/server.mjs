// A static server for the bench, on the first free port in 5300–5310, serving what it
// is given from memory.
import { createServer } from 'node:http';

const PORTS = [5300, 5301, 5302, 5303, 5304, 5305, 5306, 5307, 5308, 5309, 5310];

/** @param {Map<string, { type: string, body: string | Buffer }>} files  URL path → content */
export async function serve(files) {
  const server = createServer((req, res) => {
    const file = files.get(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  for (const port of PORTS) {
    const ok = await new Promise((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (ok) {
      const close = () => new Promise((done) => server.close(done).closeAllConnections());
      return { origin: `http://127.0.0.1:${port}`, close };
    }
  }
  throw new Error(`bench: no free port in ${PORTS[0]}–${PORTS[PORTS.length - 1]}`);
}
