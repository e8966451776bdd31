/**
 * What an editor sees when content is broken. Each fixture in
 * tests/fixtures/broken/ is laid over a copy of the project and built with
 * `npm run build`'s own script: the build must fail, name the file and the
 * field (or the line and column), say what was found and what is allowed
 * (expected.txt), and leave no dist/ behind.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWithFixture } from '../support/fixture-project';

const FIXTURES = join(process.cwd(), 'tests/fixtures/broken');
const cases = readdirSync(FIXTURES).sort();

describe('broken content fails the build with a message an editor can act on', () => {
  it('covers the required cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(18);
  });

  it.each(cases)('%s', (name) => {
    const expected = readFileSync(join(FIXTURES, name, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
    const run = runWithFixture(join(FIXTURES, name), ['scripts/build.mjs']);
    try {
      expect(run.status, run.output).not.toBe(0);
      for (const text of expected) expect(run.output).toContain(text);
      expect(run.output).toContain('Build failed; dist/ was not changed');
      expect(run.distExists, 'no dist/ left behind').toBe(false);
    } finally {
      rmSync(run.dir, { recursive: true, force: true });
    }
  });
});

describe('npm run check catches broken content too', () => {
  it.each(['unknown-key', 'dangling-reference'])('%s', (name) => {
    const expected = readFileSync(join(FIXTURES, name, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
    const run = runWithFixture(join(FIXTURES, name), ['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'warning']);
    try {
      expect(run.status, run.output).not.toBe(0);
      expect(run.output).toContain(expected[0]?.replace(/:\d+(:\d+)?$/, '') ?? '');
      expect(run.output).toMatch(/Unknown field "sorces"|"zz-nowhere" is not an entry in locations/);
    } finally {
      rmSync(run.dir, { recursive: true, force: true });
    }
  });
});
