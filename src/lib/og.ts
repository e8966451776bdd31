/**
 * Open Graph images: social sites show JPEG (PNG, WebP) but not SVG or AVIF.
 * A JPEG at quality 80 keeps a photo at 1200 × 630 near 100 kB; a PNG of the
 * same photo would be several times that.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { sourceOf } from './pictures';

export type OgImage = { src: string; alt: string; width: number; height: number };

/** The JPEG quality of Open Graph renditions. */
export const OG_QUALITY = 80;

/**
 * A JPEG of a content picture, cropped to 1200 × 630 unless given a size (for
 * example a square portrait), rendered once per picture and size at build
 * time. Transparent parts of an SVG or PNG turn white, as JPEG has no alpha.
 */
export async function ogImageFrom(image: ImageMetadata, alt: string, { width = 1200, height = 630 } = {}): Promise<OgImage> {
  // The key reads the picture through sourceOf: reading the import itself would ship the original file.
  const key = `${sourceOf(image).src}|${width}x${height}`;
  let rendition = renditions.get(key);
  if (!rendition) {
    rendition = getImage({ src: image, format: 'jpeg', quality: OG_QUALITY, background: '#ffffff', width, height, fit: 'cover' }).then((result) => result.src);
    renditions.set(key, rendition);
  }
  return { src: await rendition, alt, width, height };
}

/** Renditions already asked for in this build, by picture and size: many pages share a picture. */
const renditions = new Map<string, Promise<string>>();
