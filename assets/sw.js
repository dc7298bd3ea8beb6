// The offline worker. scripts/post-build.sh fills in this build's files and version.
// Pages are served from this build's cache first, so the app opens without a network and a
// new build never replaces the running one behind the user's back: the new worker waits
// until the page (after the user accepts) asks it to take over.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = "winback-planner-" + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
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
