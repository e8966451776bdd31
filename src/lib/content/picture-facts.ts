/**
 * Reads the picture files an entry points at, for pictureProblems
 * (./rules.ts): file size, pixel size and format from the file's header.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { PICTURE_FIELDS } from '../pictures';
import type { LoadedEntry, PictureFact } from './rules';

/** How Astro's image() keeps a picture path in the content store until the build resolves it. */
const IMAGE_PREFIX = '__ASTRO_IMAGE_';

/** The picture fields (top level) of a loaded entry, each with what its file holds. */
export async function pictureFacts(entry: LoadedEntry, collection: string, root: string): Promise<PictureFact[]> {
  const facts: PictureFact[] = [];
  for (const [field, value] of Object.entries(entry.data)) {
    if (typeof value !== 'string' || !value.startsWith(IMAGE_PREFIX)) continue;
    const path = value.slice(IMAGE_PREFIX.length);
    if (path.includes('://')) continue;
    const file = path.startsWith('/') ? join(root, path) : join(root, dirname(entry.filePath), path);
    const fact: PictureFact = { field, path, resolved: relative(root, file), kind: PICTURE_FIELDS[collection]?.[field] };
    facts.push(fact);
    let bytes: number;
    try {
      bytes = statSync(file).size;
    } catch {
      continue;
    }
    fact.bytes = bytes;
    try {
      const { width, height, format } = await imageMetadata(readFileSync(file), path);
      fact.picture = { width, height, format };
    } catch {
      // Not a picture at all: pictureProblems reports it.
    }
  }
  return facts;
}
