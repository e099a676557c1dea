// Draws the app icon and the tray icon as PNGs into assets/ (run with
// `node bin/run-ts.js scripts/desktop/make-icons.ts`; the results are committed). A shelf with
// three book spines, so no image editor or binary source file is needed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeRawPng } from '../../main/core/library/png';

type Rgba = [number, number, number, number];
interface Shape {
  inside(x: number, y: number): boolean;
  color: (x: number, y: number) => Rgba;
}

/** An RGBA PNG; each pixel is the average of 4×4 samples, so edges are smooth. */
export function renderPng(size: number, shapes: Shape[]): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let c: Rgba = [0, 0, 0, 0];
          for (const shape of shapes) if (shape.inside(x, y)) c = over(shape.color(x, y), c);
          // Premultiplied, so transparent samples do not darken the edges.
          sum[0]! += c[0] * c[3];
          sum[1]! += c[1] * c[3];
          sum[2]! += c[2] * c[3];
          sum[3]! += c[3];
        }
      }
      const alpha = sum[3]! / (samples * samples);
      const offset = py * (size * 4 + 1) + 1 + px * 4;
      raw[offset] = alpha ? Math.round(sum[0]! / sum[3]!) : 0;
      raw[offset + 1] = alpha ? Math.round(sum[1]! / sum[3]!) : 0;
      raw[offset + 2] = alpha ? Math.round(sum[2]! / sum[3]!) : 0;
      raw[offset + 3] = Math.round(alpha * 255);
    }
  }
  return encodeRawPng(size, size, 'rgba', raw, 9);
}

function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
}

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number, color: Shape['color']): Shape {
  return {
    color,
    inside(x, y) {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const cx = Math.min(Math.max(x, x0 + r), x1 - r);
      const cy = Math.min(Math.max(y, y0 + r), y1 - r);
      return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    },
  };
}

const solid = (hex: string, alpha = 1): Shape['color'] => {
  const n = parseInt(hex.slice(1), 16);
  const c: Rgba = [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
  return () => c;
};

// Three spines of different heights on a shelf: the library, sorted.
function books(scale: { x0: number; x1: number; shelfY: number; top: number }): Shape[] {
  const { x0, x1, shelfY, top } = scale;
  const w = (x1 - x0) / 3.6;
  const gap = w * 0.3;
  const heights = [1, 0.8, 0.92];
  const colors = ['#ff7a6b', '#ffc857', '#4fd1c5'];
  return heights.map((h, i) => {
    const left = x0 + i * (w + gap);
    return roundedRect(left, shelfY - (shelfY - top) * h, left + w, shelfY, w * 0.14, solid(colors[i]!));
  });
}

export function appIcon(size: number): Buffer {
  const background = roundedRect(0.04, 0.04, 0.96, 0.96, 0.2, (x, y) => {
    const t = (x + y) / 2;
    return [Math.round(43 + (88 - 43) * t), Math.round(45 + (54 - 45) * t), Math.round(110 + (160 - 110) * t), 1];
  });
  const shelf = roundedRect(0.16, 0.72, 0.84, 0.78, 0.02, solid('#e8e6f5'));
  return renderPng(size, [background, ...books({ x0: 0.22, x1: 0.8, shelfY: 0.72, top: 0.22 }), shelf]);
}

export function trayIcon(size: number): Buffer {
  const shelf = roundedRect(0.06, 0.82, 0.94, 0.94, 0.04, solid('#e8e6f5'));
  return renderPng(size, [...books({ x0: 0.1, x1: 0.94, shelfY: 0.82, top: 0.08 }), shelf]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets');
  fs.mkdirSync(assets, { recursive: true });
  fs.writeFileSync(path.join(assets, 'icon.png'), appIcon(256));
  fs.writeFileSync(path.join(assets, 'icon-512.png'), appIcon(512));
  fs.writeFileSync(path.join(assets, 'tray.png'), trayIcon(32));
  fs.writeFileSync(path.join(assets, 'tray@2x.png'), trayIcon(64));
  process.stdout.write(`Wrote icon.png, icon-512.png, tray.png and tray@2x.png to ${assets}\n`);
}
