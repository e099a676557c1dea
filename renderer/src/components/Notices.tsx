import { useNotices, useServices } from '../state/context';

/**
 * The corner notices. Their timers stop while the pointer or keyboard focus is on them. The
 * container stays mounted (empty) so that leaving it always restarts the timers.
 */
export function Notices() {
  const { notices } = useServices();
  const list = useNotices();
  return (
    <div
      className="notices"
      aria-live="polite"
      onPointerEnter={() => notices.pause()}
      onPointerLeave={() => notices.resume()}
      onFocus={() => notices.pause()}
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) notices.resume();
      }}
    >
      {list.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'} data-testid="notice" data-kind={n.kind ?? ''}>
          <div className="notice-head">
            <strong className="notice-title">{n.title}</strong>
            <button className="icon-button" aria-label="Dismiss" onClick={() => notices.dismiss(n.id)}>
              ✕
            </button>
          </div>
          {n.lines && n.lines.length > 0 && (
            <ul className="notice-lines">
              {n.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
          {n.action && (
            <button
              className="btn btn-small"
              onClick={() => {
                notices.dismiss(n.id);
                n.action!.run();
              }}
            >
              {n.action.label}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
