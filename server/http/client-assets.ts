import { existsSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

function cacheControl(value: string) {
  return (_path: string, c: Context) => {
    c.header('cache-control', value);
  };
}

/**
 * What the app's pages may load: only this server's scripts, styles, fonts and connections (its API
 * and websocket), so text someone typed into a workshop can never pull in or run anything else.
 * Inline styles are allowed because the editor (Tiptap) adds its base styles in a style element.
 */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * The built Solid client. Hashed files under /assets never change, so browsers may keep them;
 * the HTML shell and the service worker are revalidated so a deploy reaches everyone.
 */
export function clientAssets(clientDir: string): Hono {
  const app = new Hono();
  if (!existsSync(clientDir)) {
    return app.get('*', (c) =>
      c.text(`The browser client is not built (${clientDir} is missing): run "npm run build".`, 503),
    );
  }
  const shell = serveStatic({
    root: clientDir,
    path: 'index.html',
    onFound: (path, c) => {
      cacheControl(REVALIDATE)(path, c);
      c.header('content-security-policy', PAGE_POLICY);
    },
  });
  return app
    .use('/assets/*', serveStatic({ root: clientDir, onFound: cacheControl(IMMUTABLE) }))
    .get('/', shell)
    .get('/w/:id', shell)
    .get('/join', shell)
    .get('/join/:code', shell)
    .use('*', serveStatic({ root: clientDir, onFound: cacheControl(REVALIDATE) }));
}
