/** Picture rules: what the content check refuses or warns about, read from real files, and which fields hold pictures. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { pictureProblems, type LoadedEntry, type PictureFact } from '../../src/lib/content/rules';
import { pictureFacts } from '../../src/lib/content/picture-facts';
import { PICTURE_FIELDS, PICTURE_KINDS, PICTURE_WARN_BYTES, minimumSize } from '../../src/lib/pictures';
import { collections } from '../../src/content.config';

const source = '---\nname: Sam\nphoto: ./images/sam.jpg\nphotoAlt: Sam\n---\n\nBio.\n';
const entry = (data: Record<string, unknown> = {}): LoadedEntry => ({ id: 'sam', filePath: 'content/team/sam.md', data, source });
const fact = (over: Partial<PictureFact>): PictureFact => ({ field: 'photo', path: './images/sam.jpg', resolved: 'content/team/images/sam.jpg', kind: 'portrait', bytes: 50_000, ...over });
const jpeg = (width: number, height: number) => ({ width, height, format: 'jpg' });

describe('pictureProblems', () => {
  it('accepts a picture at least twice the size it is shown, in an allowed format', () => {
    for (const kind of ['portrait', 'location', 'hero'] as const) {
      const need = minimumSize(kind);
      const picture = jpeg(need.width, Math.max(need.height, need.width / 2));
      expect(pictureProblems(entry(), [fact({ kind, picture })])).toEqual({ errors: [], warnings: [] });
    }
    for (const format of ['png', 'webp', 'avif']) expect(pictureProblems(entry(), [fact({ picture: { width: 4000, height: 3000, format } })]).errors).toEqual([]);
  });

  it('sets the minimum at 2x the fixed size, or the largest rendition of a fluid picture', () => {
    expect(minimumSize('portrait')).toEqual({ width: PICTURE_KINDS.portrait.width * 2, height: PICTURE_KINDS.portrait.height * 2 });
    expect(minimumSize('location').width).toBe(PICTURE_KINDS.location.width * 2);
    expect(minimumSize('hero').width).toBe(Math.max(...PICTURE_KINDS.hero.widths));
  });

  it('refuses a portrait whose shorter side is under 2x the circle, naming file, line, field, size and minimum', () => {
    const { errors } = pictureProblems(entry(), [fact({ picture: jpeg(400, 150) })]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'content/team/sam.md:3', field: 'photo' });
    expect(errors[0]?.message).toContain('"./images/sam.jpg" is 400 × 150 pixels: too small.');
    expect(errors[0]?.message).toContain('Allowed: at least 192 × 192 pixels');
  });

  it('refuses a location photo narrower than its largest rendition', () => {
    const width = minimumSize('location').width;
    const { errors } = pictureProblems(entry(), [fact({ kind: 'location', picture: jpeg(width - 1, 2000) })]);
    expect(errors[0]?.message).toContain(`Allowed: at least ${width} pixels wide`);
  });

  it('never refuses an SVG for its size: it scales', () => {
    expect(pictureProblems(entry(), [fact({ picture: { width: 10, height: 10, format: 'svg' } })]).errors).toEqual([]);
  });

  it('refuses other formats and files that are not pictures, with the allowed list', () => {
    for (const [format, name] of [['heif', 'HEIC'], ['gif', 'GIF'], ['tiff', 'TIFF'], ['bmp', 'BMP']] as const) {
      const { errors } = pictureProblems(entry(), [fact({ picture: { width: 4000, height: 3000, format } })]);
      expect(errors[0]?.message).toContain(`is a ${name} file. Allowed: JPEG (.jpg), PNG, WebP, AVIF or SVG.`);
    }
    expect(pictureProblems(entry(), [fact({ picture: undefined })]).errors[0]?.message).toContain('is not a picture the site can read');
  });

  it('refuses a missing file, saying where it looked', () => {
    const { errors } = pictureProblems(entry(), [fact({ bytes: undefined })]);
    expect(errors[0]?.message).toContain('"./images/sam.jpg" does not exist (looked for content/team/images/sam.jpg)');
  });

  it('accepts a very large file with a warning, not an error', () => {
    const { errors, warnings } = pictureProblems(entry(), [fact({ bytes: PICTURE_WARN_BYTES + 1, picture: jpeg(8000, 6000) })]);
    expect(errors).toEqual([]);
    expect(warnings[0]?.message).toMatch(/is 15\.0 MB\. It works/);
    expect(pictureProblems(entry(), [fact({ bytes: PICTURE_WARN_BYTES, picture: jpeg(8000, 6000) })]).warnings).toEqual([]);
  });
});

describe('pictureFacts reads the files', () => {
  const root = mkdtempSync(join(tmpdir(), 'picture-facts-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const images = join(root, 'content/team/images');
  mkdirSync(images, { recursive: true });

  it('size, format and pixel size from the file; missing and unreadable files reported as such', async () => {
    writeFileSync(join(images, 'a.jpg'), await sharp({ create: { width: 300, height: 200, channels: 3, background: '#888' } }).jpeg().toBuffer());
    writeFileSync(join(images, 'b.gif'), await sharp({ create: { width: 20, height: 10, channels: 3, background: '#888' } }).gif().toBuffer());
    writeFileSync(join(images, 'c.jpg'), 'not a picture');
    const read = (photo: string) => pictureFacts({ id: 'x', filePath: 'content/team/x.md', data: { photo } }, 'team', root);
    expect(await read('./images/a.jpg')).toEqual([expect.objectContaining({ field: 'photo', kind: 'portrait', resolved: 'content/team/images/a.jpg', picture: { width: 300, height: 200, format: 'jpg' } })]);
    expect((await read('./images/b.gif'))[0]?.picture?.format).toBe('gif');
    const unreadable = (await read('./images/c.jpg'))[0];
    expect([unreadable?.bytes, unreadable?.picture]).toEqual([13, undefined]);
    expect((await read('./images/none.jpg'))[0]?.bytes).toBeUndefined();
  });
});

describe('PICTURE_FIELDS', () => {
  it('lists exactly the image() fields of every collection schema', () => {
    const image = () => z.string().meta({ 'x-picture': true });
    type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType };
    const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
    const peel = (schema: z.ZodType): z.ZodType => {
      const def = defOf(schema);
      if (def.innerType) return peel(def.innerType);
      if (def.type === 'pipe' && def.in) return peel(def.in);
      return schema;
    };
    const found: Record<string, Record<string, true>> = {};
    for (const [name, collection] of Object.entries(collections as unknown as Record<string, { schema?: unknown }>)) {
      const schema = typeof collection.schema === 'function' ? (collection.schema as (c: { image: typeof image }) => z.ZodType)({ image }) : collection.schema;
      const shape = schema ? defOf(peel(schema as z.ZodType)).shape ?? {} : {};
      for (const [field, value] of Object.entries(shape)) {
        if ((peel(value).meta?.() as Record<string, unknown> | undefined)?.['x-picture']) (found[name] ??= {})[field] = true;
      }
    }
    const listed = Object.fromEntries(Object.entries(PICTURE_FIELDS).map(([name, fields]) => [name, Object.fromEntries(Object.keys(fields).map((f) => [f, true]))]));
    expect(found).toEqual(listed);
  });
});
