/** The content editor exists only in `npm run dev`: a production build ships no /admin/. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the production build', () => {
  it('has no /admin/ and no CMS files', () => {
    expect(existsSync(join('dist', 'admin'))).toBe(false);
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else files.push(path);
      }
    };
    walk('dist');
    expect(files.filter((file) => /sveltia|config\.yml$/i.test(file))).toEqual([]);
  });
});
