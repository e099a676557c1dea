export function DropOverlay({ visible }: { visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-box">
        <div className="drop-overlay-icon">⤓</div>
        <div className="drop-overlay-title">Drop folders to add them</div>
        <div className="drop-overlay-sub">A library folder with many series, or one series folder</div>
      </div>
    </div>
  );
}
