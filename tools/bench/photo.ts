// Photo-like JPEGs for the photo benchmark and the photo fixtures: soft
// coloured light, a few bright "slide" rectangles and sensor noise, so they
// compress like a phone's picture of a stage rather than to nothing.
import sharp from 'sharp';

/** A small deterministic generator (mulberry32), so every run makes the same bytes. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pixels(width: number, height: number, next: () => number): Buffer {
  const data = Buffer.alloc(width * height * 3);
  const tint = [next(), next(), next()].map((c) => 40 + c * 120);
  const slides = Array.from({ length: 3 }, () => ({ x: next() * width * 0.7, y: next() * height * 0.6, w: width * (0.15 + next() * 0.25), h: height * (0.15 + next() * 0.25) }));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const onSlide = slides.some((s) => x >= s.x && x < s.x + s.w && y >= s.y && y < s.y + s.h);
      const light = onSlide ? 200 : 0.6 * (1 - y / height) * 255 * (0.5 + 0.5 * Math.sin((x / width) * Math.PI * 3));
      const noise = (next() - 0.5) * 48;
      const i = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) data[i + c] = Math.max(0, Math.min(255, (onSlide ? light : tint[c]! * 0.5 + light * 0.5) + noise));
    }
  }
  return data;
}

/** A `width`×`height` JPEG, the same for the same seed. */
export function photoJpeg(width: number, height: number, seed: number, quality = 85): Promise<Buffer> {
  return sharp(pixels(width, height, random(seed)), { raw: { width, height, channels: 3 } })
    .jpeg({ quality })
    .toBuffer();
}
