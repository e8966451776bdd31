/**
 * Photos as editors really add them: a multi-megabyte camera JPEG dropped in
 * as a location photo, a team portrait and an article picture, in a copy of
 * the project built once. The pages must offer AVIF and WebP with 1x and 2x
 * candidates and a resized fallback, set width and height, ship no copy of
 * the original, and point Open Graph at a small JPEG with the right meta.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { HtmlValidate, formatterFactory, type ConfigData } from 'html-validate';
import { productionBuildEnv, runWithFixture } from '../support/fixture-project';
import { cameraPhoto } from '../support/photo';
import { PICTURE_KINDS, type PictureKind } from '../../src/lib/pictures';
import { paths } from '../../src/lib/urls';

/** No rendition of a photo may be this big: the largest are 2x renditions of the widest box. */
const RENDITION_CAP = 300 * 1024;
/** Open Graph images of photos stay small enough for slow links and chat previews. */
const OG_CAP = 100 * 1024;

type Dropped = { kind: PictureKind; collection: string; field: string; id: string; page: string; stem: string; original: Buffer };

let dir = '';
let dist = '';
const dropped: Dropped[] = [];

/** The first published entry of a collection, by file name, with its id (the file name unless it sets slug). */
function firstEntry(collection: string): { file: string; id: string } {
  const folder = join(dir, 'content', collection);
  for (const name of readdirSync(folder).filter((n) => /\.mdx?$/.test(n) && !n.startsWith('_')).sort()) {
    const source = readFileSync(join(folder, name), 'utf8');
    if (/^draft:\s*true\s*$/m.test(source)) continue;
    const slug = /^slug:\s*["']?([\w-]+)["']?\s*$/m.exec(source)?.[1];
    return { file: join(folder, name), id: slug ?? name.replace(/\.mdx?$/, '') };
  }
  throw new Error(`No published entry in content/${collection}`);
}

/** Puts a camera photo in place of an entry's picture. */
async function drop(kind: PictureKind, collection: string, field: string, page: (id: string) => string, seed: number): Promise<void> {
  const { file, id } = firstEntry(collection);
  const stem = `zz-photo-${kind}`;
  const original = await cameraPhoto({ seed });
  writeFileSync(join(dir, 'content', collection, 'images', `${stem}.jpg`), original);
  const source = readFileSync(file, 'utf8');
  const pattern = new RegExp(`^${field}:.*$`, 'm');
  expect(source, `${file} has a ${field} line`).toMatch(pattern);
  writeFileSync(file, source.replace(pattern, `${field}: ./images/${stem}.jpg`));
  dropped.push({ kind, collection, field, id, page: page(id), stem, original });
}

const documentOf = (page: string) => parseHTML(readFileSync(join(dist, page, 'index.html'), 'utf8')).document;
const fileOf = (url: string) => join(dist, new URL(url, 'https://x.invalid/').pathname);
const candidates = (srcset: string | null) => (srcset ?? '').split(',').map((c) => c.trim().split(/\s+/)).filter((c) => c[0]);
const photo = (kind: PictureKind) => {
  const found = dropped.find((d) => d.kind === kind);
  if (!found) throw new Error(`no ${kind} photo`);
  return found;
};

function allFiles(root: string): string[] {
  return readdirSync(root, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? allFiles(join(root, entry.name)) : [join(root, entry.name)]));
}

beforeAll(async () => {
  dir = runWithFixture(undefined, ['-e', '0']).dir;
  dist = join(dir, 'dist');
  await drop('location', 'locations', 'photo', (id) => paths.location(id), 11);
  await drop('portrait', 'team', 'photo', (id) => paths.teamMember(id), 23);
  await drop('hero', 'articles', 'heroImage', (id) => paths.article(id), 37);
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8', env: productionBuildEnv(), timeout: 300_000 });
  expect(build.status, `${build.stdout}\n${build.stderr}`.slice(-4000)).toBe(0);
}, 400_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a multi-megabyte camera photo', () => {
  it('is a real camera-sized file', () => {
    for (const { original } of dropped) expect(original.length).toBeGreaterThan(3 * 1024 * 1024);
  });

  it.each(['location', 'hero'] as const)('as a %s picture: AVIF and WebP, 1x and 2x widths, a resized JPEG fallback with width and height', async (kind) => {
    const { page } = photo(kind);
    const shown = PICTURE_KINDS[kind];
    const picture = documentOf(page).querySelector('main picture');
    expect(picture, `${page} has a <picture>`).not.toBeNull();
    const types = [...(picture?.querySelectorAll('source') ?? [])].map((s) => s.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    for (const source of picture?.querySelectorAll('source') ?? []) {
      const widths = candidates(source.getAttribute('srcset')).map((c) => Number(c[1]?.replace(/w$/, '')));
      expect(widths, 'width descriptors: every configured width (the source is big enough for all)').toEqual([...shown.widths]);
      expect(widths.some((w) => w >= shown.width && w < shown.width * 2), '1x of the widest box').toBe(true);
      // 2x on a large phone (430 px wide, 1rem margins); the location photo's widest box at 2x too.
      expect(Math.max(...widths), '2x on a phone').toBeGreaterThanOrEqual(2 * (430 - 32));
      if (kind === 'location') expect(Math.max(...widths), '2x of the widest box').toBeGreaterThanOrEqual(shown.width * 2);
      expect(source.getAttribute('sizes')).toBe(shown.sizes);
    }
    const img = picture?.querySelector('img');
    expect(img?.getAttribute('width')).toBe(String(shown.width));
    expect(img?.getAttribute('height')).toBe(String(Math.round((shown.width * 3000) / 4000)));
    expect(img?.getAttribute('loading')).toBe('eager');
    expect(img?.getAttribute('fetchpriority')).toBe('high');
    const fallback = await sharp(readFileSync(fileOf(img?.getAttribute('src') ?? ''))).metadata();
    expect(fallback.format).toBe('jpeg');
    expect(fallback.width).toBe(shown.width);
  });

  it('as a team portrait: AVIF and WebP at 1x and 2x of the 96-pixel circle, lazy on the team list', async () => {
    const { page, id } = photo('portrait');
    const { width, height } = PICTURE_KINDS.portrait;
    const picture = documentOf(page).querySelector('main picture');
    expect(picture, `${page} has a <picture>`).not.toBeNull();
    const sources = [...(picture?.querySelectorAll('source') ?? [])];
    expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    for (const source of sources) {
      const list = candidates(source.getAttribute('srcset'));
      expect(list.map((c) => c[1] ?? '1x')).toEqual(['1x', '2x']);
      const [one, two] = await Promise.all(list.map((c) => sharp(readFileSync(fileOf(c[0] ?? ''))).metadata()));
      expect([one?.width, one?.height, two?.width, two?.height]).toEqual([width, height, width * 2, height * 2]);
    }
    const img = picture?.querySelector('img');
    expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual([String(width), String(height)]);
    expect(candidates(img?.getAttribute('srcset') ?? null).map((c) => c[1])).toEqual(['2x']);

    const listed = [...documentOf(paths.team()).querySelectorAll('main picture img')].find((i) => i.closest('article')?.querySelector(`a[href="${paths.teamMember(id)}"]`));
    expect(listed, 'the portrait on the team list').toBeDefined();
    expect(listed?.getAttribute('loading')).toBe('lazy');
    expect(listed?.hasAttribute('fetchpriority')).toBe(false);
  });

  it('ships only small renditions, never the original', () => {
    const files = allFiles(dist);
    for (const { stem, original } of dropped) {
      const renditions = files.filter((f) => basename(f).startsWith(`${stem}.`));
      expect(renditions.length, `renditions of ${stem}`).toBeGreaterThanOrEqual(6);
      for (const file of renditions) expect(statSync(file).size, basename(file)).toBeLessThanOrEqual(RENDITION_CAP);
      const copies = files.filter((f) => statSync(f).size === original.length && readFileSync(f).equals(original));
      expect(copies, `copies of the original ${stem}.jpg`).toEqual([]);
    }
  });

  it.each(['location', 'hero', 'portrait'] as const)('as a %s picture: a small JPEG Open Graph image with its type and size', async (kind) => {
    const { page } = photo(kind);
    const doc = documentOf(page);
    const meta = (property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
    const file = fileOf(meta('og:image'));
    expect(basename(file).startsWith(`${photo(kind).stem}.`), `${meta('og:image')} is made from the photo`).toBe(true);
    expect(statSync(file).size).toBeLessThanOrEqual(OG_CAP);
    const image = await sharp(readFileSync(file)).metadata();
    expect(image.format).toBe('jpeg');
    expect(meta('og:image:type')).toBe('image/jpeg');
    expect([meta('og:image:width'), meta('og:image:height')]).toEqual([String(image.width), String(image.height)]);
    expect(kind === 'portrait' ? image.width === image.height : [image.width, image.height].join('×') === '1200×630').toBe(true);
  });

  it('leaves the pages that show it valid HTML', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData);
    for (const page of [...dropped.map((d) => d.page), paths.team()]) {
      const report = await validator.validateString(readFileSync(join(dist, page, 'index.html'), 'utf8'), page);
      expect(report.valid ? '' : formatterFactory('text')(report.results), page).toBe('');
    }
  });

  it('gives the team member a small rendition, not the original, as their structured-data image', () => {
    const { page } = photo('portrait');
    const graph = JSON.parse(documentOf(page).querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as { '@graph': { '@type'?: string; image?: string }[] };
    const person = graph['@graph'].find((node) => node['@type'] === 'Person');
    expect(person?.image).toMatch(/\.jpe?g$/);
    expect(statSync(fileOf(person?.image ?? '')).size).toBeLessThanOrEqual(OG_CAP);
  });
});
