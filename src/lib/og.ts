/** Open Graph images: social sites show PNG or JPEG, not SVG, at 1200 × 630. */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';

export type OgImage = { src: string; alt: string; width: number; height: number };

/**
 * A PNG of a content picture (1200 × 630 unless given a size, for example a
 * square portrait), rendered once per picture and size at build time.
 */
export async function ogImageFrom(image: ImageMetadata, alt: string, { width = 1200, height = 630 } = {}): Promise<OgImage> {
  const key = `${image.src}|${width}x${height}`;
  let rendition = renditions.get(key);
  if (!rendition) {
    rendition = getImage({ src: image, format: 'png', width, height, fit: 'cover' }).then((result) => result.src);
    renditions.set(key, rendition);
  }
  return { src: await rendition, alt, width, height };
}

/** Renditions already asked for in this build, by picture and size: many pages share a picture. */
const renditions = new Map<string, Promise<string>>();
