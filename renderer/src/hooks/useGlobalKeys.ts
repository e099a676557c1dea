import { useEffect, useLayoutEffect, useRef } from 'react';

/** True while the user types into a field, where single-key shortcuts must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * `/` focuses the search box (unless the user is typing or a dialog is open); Ctrl+O (⌘O) opens
 * "Add folder" when given (web mode: the desktop menu owns that accelerator).
 */
export function useGlobalKeys(actions: { focusSearch: () => void; addFolder?: (() => void) | null }): void {
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const addFolder = latest.current.addFolder;
      if (addFolder && e.key.toLowerCase() === 'o' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
        // The browser's own "Open file" would navigate away from the app.
        e.preventDefault();
        if (!document.querySelector('dialog[open]')) addFolder();
        return;
      }
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      e.preventDefault();
      latest.current.focusSearch();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
