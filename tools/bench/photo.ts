// Photo-like JPEGs for the photo benchmark and the photo fixtures: soft
// coloured light, a few bright "slide" rectangles and sensor noise, so they
// compress like a phone's picture of a stage rather than to nothing. sharp
// draws the scene from an SVG at a quarter of the size, which is fast; only
// the noise is added pixel by pixel.
import { randomBytes } from 'node:crypto';
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

/** The scene: a lit stage in the photo's own colours, with three slides on it. */
function scene(width: number, height: number, next: () => number): string {
  const colour = () => `rgb(${[next(), next(), next()].map((c) => Math.round(30 + c * 160)).join(',')})`;
  const slides = Array.from({ length: 3 }, () => {
    const [x, y, w, h] = [next() * width * 0.6, next() * height * 0.5, width * (0.15 + next() * 0.25), height * (0.15 + next() * 0.25)];
    return `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="rgb(235,235,225)"/><rect x="${x + w * 0.1}" y="${y + h * 0.2}" width="${w * 0.7}" height="${h * 0.08}" fill="${colour()}"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><radialGradient id="light" cx="${next()}" cy="${next() * 0.5}" r="0.9"><stop offset="0" stop-color="${colour()}"/><stop offset="1" stop-color="rgb(10,10,20)"/></radialGradient></defs>
  <rect width="100%" height="100%" fill="url(#light)"/>${slides.join('')}</svg>`;
}

/** A `width`×`height` JPEG: the scene is the same for the same seed, the noise is new each time. */
export async function photoJpeg(width: number, height: number, seed: number, quality = 85): Promise<Buffer> {
  const next = random(seed);
  // Drawn at a quarter of the size and enlarged: the scene is soft anyway, and drawing it full size is the slow part.
  const small = { width: Math.ceil(width / 4), height: Math.ceil(height / 4) };
  const lit = await sharp(Buffer.from(scene(small.width, small.height, next))).resize(width, height, { fit: 'fill' }).removeAlpha().raw().toBuffer();
  // Sensor noise: up to ±20 levels on every channel of every pixel, which makes a 4000×3000 JPEG about as large as a phone's.
  const noise = randomBytes(lit.length);
  for (let i = 0; i < lit.length; i++) lit[i] = Math.max(0, Math.min(255, lit[i]! + (noise[i]! % 41) - 20));
  return sharp(lit, { raw: { width, height, channels: 3 } }).jpeg({ quality }).toBuffer();
}
