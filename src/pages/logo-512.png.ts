import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { site } from '@/site.config';
import { LOGO_IMAGE_SIZE } from '@/lib/urls';

/**
 * The logo as a square PNG for structured data: search engines want a raster
 * logo of at least 112 px. Drawn at build time from the logo in public/.
 */
export const GET: APIRoute = async () => {
  const source = await readFile(join(process.cwd(), 'public', site.logo));
  const png = await sharp(source, { density: 1200 })
    .resize(LOGO_IMAGE_SIZE, LOGO_IMAGE_SIZE, { fit: 'contain', background: { r: 255, g: 255, b: 255, alpha: 1 } })
    .flatten({ background: '#ffffff' })
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
