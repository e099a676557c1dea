/** The loader's settings, shared by the loader and the settings screen / `config` command. */
export const WORKERS_SETTING = 'loader.workers';
export const PAUSED_SETTING = 'loader.paused';
export const DEFAULT_WORKERS = 5;
export const MAX_WORKERS = 16;

export function clampWorkers(n: number): number {
  return Number.isFinite(n) ? Math.min(MAX_WORKERS, Math.max(1, Math.trunc(n))) : DEFAULT_WORKERS;
}
