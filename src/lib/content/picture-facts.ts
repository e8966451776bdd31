/**
 * Reads the picture files an entry points at, for pictureProblems
 * (./rules.ts): file size, pixel size and format from the file's header.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { PICTURE_FIELDS } from '../pictures';
import type { LoadedEntry, PictureFact } from './rules';

/** The picture fields of a loaded entry (PICTURE_FIELDS), each with what its file holds. */
export async function pictureFacts(entry: LoadedEntry, collection: string, root: string): Promise<PictureFact[]> {
  const facts: PictureFact[] = [];
  for (const [field, kind] of Object.entries(PICTURE_FIELDS[collection] ?? {})) {
    // The store holds the path as written (Astro resolves it to an image later, in the build).
    const path = entry.data[field];
    if (typeof path !== 'string' || path.includes('://')) continue;
    const file = path.startsWith('/') ? join(root, path) : join(root, dirname(entry.filePath), path);
    const fact: PictureFact = { field, path, resolved: relative(root, file), kind };
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
