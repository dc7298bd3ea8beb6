// The offline worker. scripts/post-build.sh fills in this build's files and version.
// Pages are served from this build's cache first, so the app opens without a network and a
// new build never replaces the running one behind the user's back: the new worker waits
// until the page (after the user accepts) asks it to take over.
// The Arabic and Hebrew language packs are not precached: a browser downloads only the
// languages it uses. The page hands each pack it downloads to the worker to keep, and a new
// build's worker brings along the new build's packs of the languages its predecessor kept.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const PACKS = __PACKS__;
const CACHE = "winback-planner-" + VERSION;
const PACK = /^\/texts-([a-z]+)-[0-9a-f]+\.txt$/;

async function install() {
  const cache = await caches.open(CACHE);
  await cache.addAll(FILES);
  const used = new Set();
  for (const key of await caches.keys()) {
    if (!key.startsWith("winback-planner-") || key === CACHE) continue;
    for (const request of await (await caches.open(key)).keys()) {
      const pack = PACK.exec(new URL(request.url).pathname);
      if (pack && PACKS[pack[1]]) used.add(PACKS[pack[1]]);
    }
  }
  await cache.addAll([...used]);
}

self.addEventListener("install", (event) => {
  event.waitUntil(install());
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
  // ["keep", address, text]: a pack of this build the page has downloaded (on a first visit,
  // before this worker was there), kept for the next visit without a network.
  const [kind, address, text] = Array.isArray(event.data) ? event.data : [];
  if (kind === "keep" && Object.values(PACKS).includes(address) && typeof text === "string") {
    const kept = new Response(text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
    event.waitUntil(caches.open(CACHE).then((cache) => cache.put(address, kept)));
  }
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith("winback-planner-") && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Every app route is the same page; the router inside it finds the step.
    event.respondWith(
      caches.match("/index.html", { cacheName: CACHE }).then((page) => page || fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)),
  );
});
