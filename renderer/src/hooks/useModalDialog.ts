import { useEffect, type RefObject } from 'react';

/**
 * Opens a <dialog> as modal while the component is mounted, and on unmount gives focus back to
 * what had it before (the button that opened it), so keyboard users do not land on <body>.
 * `fallback` is focused when that element is gone (a removed card).
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, fallback?: () => HTMLElement | null): void {
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      requestAnimationFrame(() => {
        const target = opener?.isConnected ? opener : (fallback?.() ?? null);
        target?.focus();
      });
    };
    // The opener is captured once, when the dialog opens.
  }, []);
}
