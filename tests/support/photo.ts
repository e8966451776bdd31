/**
 * A photo as an editor drops it in: a multi-megabyte JPEG straight from a
 * phone or camera. Generated, so no large binary is committed: soft colour
 * fields (random colours blown up and blurred) under fine grain, which is
 * what makes real photos big; quality 90 as phones save them.
 */
import sharp from 'sharp';

/** Seeded pseudo-random bytes around 128 (xorshift), so every run draws the same photo. */
function noise(length: number, amplitude: number, seed: number): Buffer {
  let x = seed >>> 0 || 1;
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = 128 + (((x >>> 0) % (2 * amplitude + 1)) - amplitude);
  }
  return bytes;
}

/** A width × height JPEG (4000 × 3000 by default: about 4.7 MB). */
export async function cameraPhoto({ width = 4000, height = 3000, seed = 7 } = {}): Promise<Buffer> {
  const raw = { width: 40, height: 30, channels: 3 } as const;
  const fields = await sharp(noise(raw.width * raw.height * 3, 110, seed), { raw }).resize(width, height, { kernel: 'cubic' }).blur(20).raw().toBuffer();
  const grain = noise(fields.length, 24, seed * 31 + 1);
  for (let i = 0; i < fields.length; i++) fields[i] = Math.max(0, Math.min(255, (fields[i] ?? 0) + (grain[i] ?? 128) - 128));
  return sharp(fields, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
}
