import { useRef } from 'react';
import { useModalDialog } from '../hooks/useModalDialog';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  /** The safe choice, focused first. */
  cancelLabel?: string;
  /** The confirm button's look: red for destructive actions. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, message, confirmLabel, cancelLabel = 'Keep', danger = true, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref);
  return (
    <dialog
      ref={ref}
      className="dialog dialog-small"
      aria-labelledby="confirm-title"
      data-testid="confirm-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-title">{title}</h2>
      <p>{message}</p>
      <div className="dialog-actions">
        <button className="btn" onClick={onCancel} autoFocus data-testid="confirm-cancel">
          {cancelLabel}
        </button>
        <button className={danger ? 'btn btn-danger' : 'btn btn-primary'} onClick={onConfirm} data-testid="confirm">
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
