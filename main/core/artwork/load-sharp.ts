import type Sharp from 'sharp';

let loading: Promise<typeof Sharp> | null = null;

/**
 * sharp, loaded on first use: it loads libvips, a native library, which would otherwise cost
 * every start (a `list` from the CLI included) a tenth of a second or more before any image is made.
 */
export function loadSharp(): Promise<typeof Sharp> {
  loading ??= import('sharp').then((module) => module.default);
  return loading;
}
