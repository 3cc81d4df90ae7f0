// Career Deck's service worker: keeps a copy of this release's files so the app opens and
// works with no network. It never touches deck data (that lives in IndexedDB) and never
// talks to another origin. A new release installs beside the old one and waits; the app
// asks the person before switching, so an open editor is never pulled out from under them.
"use strict";

const VERSION = "__VERSION__";
const FILES = "__FILES__";
const CACHE = `career-deck-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(["./", ...FILES])));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("career-deck-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Every screen is the one page; the query picks the screen and the fragment never arrives.
    event.respondWith(
      caches.match("./", { cacheName: CACHE }).then((cached) => cached || fetch(request))
    );
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((cached) => cached || fetch(request))
  );
});
