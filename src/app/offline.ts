/**
 * Registers the service worker that keeps every errand available offline.
 * When a new version takes over (the worker skips waiting and claims the
 * page), `onUpdate` lets the app show "Det finns en ny version — ladda om".
 * Nothing reloads by itself, so nobody loses their place.
 */
export function registerOffline(onUpdate: () => void) {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  // The manifest (install as an app) is linked once the app runs, not in the
  // HTML, so the first paint does not share a slow line with it.
  if (!document.querySelector('link[rel="manifest"]')) {
    const link = document.createElement('link');
    link.rel = 'manifest';
    link.href = './manifest.webmanifest';
    document.head.append(link);
  }
  const sw = navigator.serviceWorker;
  // Only a change of controller on a page that already had one is an update.
  let hadController = !!sw.controller;
  sw.addEventListener('controllerchange', () => {
    if (hadController) onUpdate();
    hadController = true;
  });
  void sw.register('./sw.js', { scope: './' }).catch(() => {
    /* no service worker (private mode, blocked): the app still works online */
  });
}
