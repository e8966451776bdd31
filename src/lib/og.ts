/** Open Graph images: social sites show PNG or JPEG, not SVG, at 1200 × 630. */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';

export type OgImage = { src: string; alt: string; width: number; height: number };

/** A 1200 × 630 PNG of a content picture, rendered once per picture at build time. */
export async function ogImageFrom(image: ImageMetadata, alt: string): Promise<OgImage> {
  const rendition = await getImage({ src: image, format: 'png', width: 1200, height: 630, fit: 'cover' });
  return { src: rendition.src, alt, width: 1200, height: 630 };
}
