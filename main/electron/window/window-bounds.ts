// Where the window opens: its last size and place if that is still on a screen, else centred.
// Pure, so it is tested with several display layouts.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayInfo {
  /** The usable area (without task bars and docks), in screen coordinates. */
  workArea: Rect;
  primary?: boolean;
}

export interface SavedWindowState {
  bounds: Rect;
  maximized: boolean;
}

export interface WindowPlacement {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1200, height: 800 } as const;
export const MIN_SIZE = { width: 640, height: 420 } as const;
/** How much of the title bar must be on a screen for the user to grab it. */
const GRAB_WIDTH = 100;
const TITLE_BAR_HEIGHT = 32;

/**
 * The saved bounds when the window's title bar is still reachable on one of `displays`
 * (the size shrunk to fit that screen); otherwise the saved (or default) size centred on the
 * primary display. Garbage in the saved state counts as nothing saved.
 */
export function restoreBounds(saved: unknown, displays: readonly DisplayInfo[]): WindowPlacement {
  const state = parseSavedState(saved);
  const primary = displays.find((d) => d.primary) ?? displays[0];
  if (!primary) {
    return { bounds: { x: 0, y: 0, ...(state ? fitSize(state.bounds, null) : DEFAULT_SIZE) }, maximized: state?.maximized ?? false };
  }
  if (state) {
    const host = displays.find((d) => titleBarReachable(state.bounds, d.workArea));
    if (host) {
      const size = fitSize(state.bounds, host.workArea);
      const area = host.workArea;
      // Shrinking may push the right or bottom edge off; pull it back inside the same screen.
      const x = clamp(state.bounds.x, area.x - size.width + GRAB_WIDTH, area.x + area.width - GRAB_WIDTH);
      const y = clamp(state.bounds.y, area.y, area.y + area.height - TITLE_BAR_HEIGHT);
      return { bounds: { x, y, ...size }, maximized: state.maximized };
    }
  }
  const size = fitSize(state?.bounds ?? DEFAULT_SIZE, primary.workArea);
  return { bounds: centre(size, primary.workArea), maximized: state?.maximized ?? false };
}

/** Reads a saved state from JSON-decoded data; null unless every number is finite and sane. */
export function parseSavedState(value: unknown): SavedWindowState | null {
  if (!value || typeof value !== 'object') return null;
  const { bounds, maximized } = value as { bounds?: unknown; maximized?: unknown };
  if (!bounds || typeof bounds !== 'object') return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  const numbers = [x, y, width, height];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < 1e6)) return null;
  if ((width as number) < 1 || (height as number) < 1) return null;
  return {
    bounds: { x: Math.round(x as number), y: Math.round(y as number), width: Math.round(width as number), height: Math.round(height as number) },
    maximized: maximized === true,
  };
}

function titleBarReachable(bounds: Rect, area: Rect): boolean {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(TITLE_BAR_HEIGHT, bounds.height) };
  const overlap = intersection(titleBar, area);
  // The top edge itself must be on this screen: a title bar above the screen cannot be grabbed.
  return overlap !== null && overlap.width >= Math.min(GRAB_WIDTH, bounds.width) && bounds.y >= area.y && bounds.y < area.y + area.height;
}

function intersection(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

function fitSize(size: { width: number; height: number }, area: Rect | null): { width: number; height: number } {
  const maxWidth = area ? area.width : Number.POSITIVE_INFINITY;
  const maxHeight = area ? area.height : Number.POSITIVE_INFINITY;
  return {
    width: Math.min(Math.max(size.width, Math.min(MIN_SIZE.width, maxWidth)), maxWidth),
    height: Math.min(Math.max(size.height, Math.min(MIN_SIZE.height, maxHeight)), maxHeight),
  };
}

function centre(size: { width: number; height: number }, area: Rect): Rect {
  return {
    x: Math.round(area.x + (area.width - size.width) / 2),
    y: Math.round(area.y + (area.height - size.height) / 2),
    ...size,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
