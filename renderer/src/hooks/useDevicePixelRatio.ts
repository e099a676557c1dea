import { useSyncExternalStore } from 'react';

/**
 * The screen's pixels per CSS pixel, kept current: it changes when the window moves to another
 * screen or the page is zoomed.
 */
export function useDevicePixelRatio(): number {
  return useSyncExternalStore(subscribe, () => window.devicePixelRatio);
}

function subscribe(onChange: () => void): () => void {
  // A query for the current ratio stops matching when it changes; then listen for the new one.
  let query: MediaQueryList | null = null;
  const listen = () => {
    query?.removeEventListener('change', changed);
    query = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    query.addEventListener('change', changed);
  };
  const changed = () => {
    listen();
    onChange();
  };
  listen();
  // Zoom and moves between screens also resize the viewport: a resize reads the ratio again, so a
  // query change the browser did not report (seen once in a headless run) cannot leave it stale.
  window.addEventListener('resize', changed);
  // And a ratio changed with neither event (seen in headless runs) is read within a second.
  let last = window.devicePixelRatio;
  const poll = window.setInterval(() => {
    if (window.devicePixelRatio !== last) changed();
    last = window.devicePixelRatio;
  }, 1000);
  return () => {
    query?.removeEventListener('change', changed);
    window.removeEventListener('resize', changed);
    window.clearInterval(poll);
  };
}
