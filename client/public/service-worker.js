// Keeps the app shell so a workshop tab can be reloaded while the server is unreachable.
// Pages of the app (/ and /w/…): network first, cached copy when offline. Hashed assets: cache first
// (they never change). API calls, health checks and the collaboration websocket are never cached.
const CACHE = 'workshop-shell-v1';
const SHELL = '/index.html';

const isAppPage = (url) => url.pathname === '/' || url.pathname.startsWith('/w/');

/** File names an asset's text refers to (a chunk's lazily loaded chunks, a stylesheet's fonts). */
const referencedNames = (text) => new Set(text.match(/[\w.-]+\.(?:js|css|woff2?)(?=["'`)])/g) ?? []);

/**
 * Stores a fresh shell and the assets it references, and drops assets of older builds. An asset the
 * current build still refers to stays even if the shell does not name it: a language's catalogue
 * chunk and a script's font, fetched when first used, must still be here for an offline reload.
 */
async function keepShell(response) {
  const cache = await caches.open(CACHE);
  const html = await response.clone().text();
  await cache.put(SHELL, response);
  const assets = new Set(html.match(/\/assets\/[^"'\s)]+/g) ?? []);
  const current = new Set([...assets].map((path) => path.slice('/assets/'.length)));
  for (const path of assets) {
    if (!/\.(js|css)$/.test(path)) continue;
    const cached = (await cache.match(path)) ?? (await fetch(path).catch(() => undefined));
    if (cached?.ok) for (const name of referencedNames(await cached.clone().text())) current.add(name);
  }
  await Promise.all(
    (await cache.keys()).map((request) => {
      const path = new URL(request.url).pathname;
      const name = path.slice('/assets/'.length);
      return path.startsWith('/assets/') && !current.has(name) ? cache.delete(request) : undefined;
    }),
  );
  await Promise.all(
    [...assets].map(async (asset) => ((await cache.match(asset)) ? undefined : cache.add(asset))),
  );
}

async function cacheShell() {
  const response = await fetch('/', { cache: 'no-cache' });
  if (response.ok) await keepShell(response);
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && isAppPage(url)) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          const isHtml = (response.headers.get('content-type') ?? '').startsWith('text/html');
          if (response.ok && isHtml) void keepShell(response.clone()).catch(() => undefined);
          return response;
        })
        .catch(async () => (await caches.match(SHELL)) ?? Response.error()),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(
      caches.match(request).then(
        (cached) =>
          cached ??
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              void caches.open(CACHE).then((cache) => cache.put(request, copy));
            }
            return response;
          }),
      ),
    );
  }
});
