#!/usr/bin/env node
// Draws the app icons (a white step on dark green) as PNG with Node's zlib,
// so no image tool or download is needed. Run once; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};

function icon(size, maskable) {
  const raw = Buffer.alloc(size * (size * 3 + 1));
  const pad = maskable ? 0.2 : 0.12;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const u = x / size, v = y / size;
      // Two steps: a low block and a high block, like a staircase.
      const inStep = (u > pad && u < 0.5 && v > 0.55 && v < 1 - pad) || (u >= 0.5 && u < 1 - pad && v > pad + 0.1 && v < 1 - pad);
      const [r, g, b] = inStep ? [255, 255, 255] : [0, 72, 43];
      const o = y * (size * 3 + 1) + 1 + x * 3;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

writeFileSync('public/icon-192.png', icon(192, false));
writeFileSync('public/icon-512.png', icon(512, false));
writeFileSync('public/icon-maskable-512.png', icon(512, true));
writeFileSync('public/apple-touch-icon.png', icon(180, false));
console.log('icons written');
// The tab icon goes inline in index.html (no request before the first paint).
// A PNG, not an SVG: Chromium loads the tab icon again on every step, and an
// SVG costs a whole document each time, on the phone's main thread.
console.log(`tab icon for index.html: data:image/png;base64,${icon(32, false).toString('base64')}`);
