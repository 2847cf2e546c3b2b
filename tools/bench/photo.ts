// Photo-like JPEGs for the photo benchmark and the photo fixtures: soft
// coloured light, a few bright "slide" rectangles and sensor noise, so they
// compress like a phone's picture of a stage rather than to nothing, at full
// size and scaled down alike. sharp draws the scene from an SVG at a quarter
// of the size and the texture at an eighth, which is fast; only the noise is
// added pixel by pixel.
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
  // Texture that survives downscaling, as a real photo's detail does (people, seats, text on slides):
  // random levels drawn at an eighth of the size and enlarged, up to ±40 levels.
  const coarse = { width: Math.ceil(width / 8), height: Math.ceil(height / 8) };
  const texture = await sharp(randomBytes(coarse.width * coarse.height * 3), { raw: { ...coarse, channels: 3 } }).resize(width, height, { fit: 'fill', kernel: 'cubic' }).raw().toBuffer();
  // Sensor noise on top: up to ±12 levels on every channel of every pixel.
  const noise = randomBytes(lit.length);
  for (let i = 0; i < lit.length; i++) lit[i] = Math.max(0, Math.min(255, lit[i]! + (texture[i]! - 128) * 0.3 + (noise[i]! % 25) - 12));
  return sharp(lit, { raw: { width, height, channels: 3 } }).jpeg({ quality }).toBuffer();
}
