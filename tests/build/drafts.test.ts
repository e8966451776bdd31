/** A draft article builds, but reaches no page, sitemap, feed or search index. */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWithFixture } from '../support/fixture-project';

describe('drafts', () => {
  it('stay out of dist/, the sitemap, the feed and the search index', () => {
    const run = runWithFixture(join(process.cwd(), 'tests/fixtures/draft'), ['scripts/build.mjs']);
    try {
      expect(run.status, run.output).toBe(0);
      const dist = join(run.dir, 'dist');
      expect(existsSync(join(dist, 'blog/what-is-iop/index.html'))).toBe(true);
      expect(existsSync(join(dist, 'blog/zz-draft-evening-track'))).toBe(false);
      const everything = [
        readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'),
        readFileSync(join(dist, 'rss.xml'), 'utf8'),
        readFileSync(join(dist, 'blog/index.html'), 'utf8'),
        ...readdirSync(join(dist, 'pagefind/fragment')).map((f) => readFileSync(join(dist, 'pagefind/fragment', f)).toString('latin1')),
      ].join('\n');
      expect(everything).not.toContain('zz-draft-evening-track');
      expect(everything).not.toContain('what the evening track feels like');
    } finally {
      rmSync(run.dir, { recursive: true, force: true });
    }
  });
});
