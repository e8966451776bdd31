/**
 * Content pictures: how big each kind is shown, so the page can ask for 1x
 * and 2x renditions (src/components/content/Photo.astro) and the content
 * check can refuse a source too small to stay sharp on a 2x screen
 * (pictureProblems in src/lib/content/rules.ts).
 */
import type { ImageMetadata } from 'astro';

export type PictureKind = 'portrait' | 'location' | 'hero';

type FixedSize = { width: number; height: number };
type Fluid = { width: number; widths: readonly number[]; sizes: string };

/**
 * How each kind is shown, in CSS pixels (src/styles/global.css: .media, and
 * .wrap is 72rem with 1rem padding; .grid-2 splits into two columns with a
 * 1.5rem gap from 48rem). `width` is the widest box, used for the width and
 * height attributes; fluid kinds list the widths rendered, from a phone at 1x
 * to the largest box at 2x, and the largest is the smallest source allowed.
 */
export const PICTURE_KINDS: { portrait: FixedSize; location: Fluid; hero: Fluid } = {
  // .avatar: a 6rem circle.
  portrait: { width: 96, height: 96 },
  // One column below 48rem (up to 736 px wide); half the page from there (at most 548 px).
  location: {
    width: 736,
    widths: [368, 548, 736, 1096, 1472],
    sizes: '(min-width: 72rem) 34.25rem, (min-width: 48rem) calc(50vw - 1.75rem), calc(100vw - 2rem)',
  },
  // The article's full width, at most 70rem. 2x up to 840 px (phones, tablets); 1.5x at the desktop's 1120 px,
  // as a 2240-pixel rendition of a photo weighs about twice as much (300 to 500 kB) for detail few readers see.
  hero: {
    width: 1120,
    widths: [560, 840, 1120, 1680],
    sizes: '(min-width: 72rem) 70rem, calc(100vw - 2rem)',
  },
};

/** Which kind of picture each image field of each collection holds. */
export const PICTURE_FIELDS: Readonly<Record<string, Readonly<Record<string, PictureKind>>>> = {
  team: { photo: 'portrait' },
  locations: { photo: 'location' },
  articles: { heroImage: 'hero' },
};

/** The smallest source, in pixels: its largest rendition, so nothing is upscaled (SVG scales, so it has none). */
export function minimumSize(kind: PictureKind): { width: number; height: number } {
  const shown = PICTURE_KINDS[kind];
  // A portrait is cropped to a square: its shorter side must cover the 2x square.
  return 'height' in shown ? { width: shown.width * 2, height: shown.height * 2 } : { width: Math.max(...shown.widths), height: 0 };
}

/** Formats an editor may use. Phones' HEIC, GIF, TIFF and BMP are refused with advice to export a JPEG. */
export const PICTURE_FORMATS = ['jpg', 'png', 'webp', 'avif', 'svg'] as const;

/** Above this a file is accepted (it is resized) but the check warns: it slows every build and the repository. */
export const PICTURE_WARN_BYTES = 15 * 1024 * 1024;

/**
 * An imported picture's width, height and format, read without marking the
 * original file as used: reading a property of the imported image itself
 * makes Astro copy the original (a multi-megabyte photo) into dist/.
 */
export function sourceOf(image: ImageMetadata): ImageMetadata {
  return (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
}
