import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { site } from '@/site.config';

/** The default Open Graph image (1200 × 630), drawn from the site config at build time. */
export const GET: APIRoute = async () => {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#155e59"/>
  <circle cx="1040" cy="120" r="260" fill="#1f766f"/>
  <circle cx="1120" cy="560" r="180" fill="#0d4541"/>
  <path d="M150 150c-12 19-29 31-29 55a29 29 0 0 0 58 0c0-24-17-36-29-55z" fill="#f4c46a"/>
  <text x="120" y="330" font-family="DejaVu Sans, Arial, sans-serif" font-size="72" font-weight="700" fill="#ffffff">${escape(site.name)}</text>
  <text x="120" y="410" font-family="DejaVu Sans, Arial, sans-serif" font-size="36" fill="#e8f3f1">${escape(site.tagline)}</text>
</svg>`;
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
