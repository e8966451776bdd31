/**
 * Tests check rules, never today's content: the edits a new editor makes by
 * following content/README.md (a sixth location with a JPEG photo, an FAQ, a
 * short reviewed article; tests/fixtures/plausible/) are laid over a copy of
 * the project, which must then pass `astro check`, the build, and the build
 * tests whose expectations come from content (counts, pages, budgets, links,
 * structured data). A test that hard-codes today's content fails here.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fixtureEnv, productionBuildEnv, runWithFixture } from '../support/fixture-project';

const FIXTURE = join(process.cwd(), 'tests/fixtures/plausible');
/** Build tests that read dist/ and derive what they expect from the content. */
const DERIVED_TESTS = ['tests/build/content.test.ts', 'tests/build/budgets.test.ts', 'tests/build/links.test.ts', 'tests/build/seo.test.ts'];

/** A photo as an editor would add it: a JPEG straight from a camera or phone, large enough for every picture (here, 2400 × 1600 of noise-free colour). */
async function jpeg(): Promise<Buffer> {
  return sharp({ create: { width: 2400, height: 1600, channels: 3, background: { r: 196, g: 170, b: 120 } } }).jpeg({ quality: 80 }).toBuffer();
}

/** The fixture's files with {{today}} set to the day the test runs, so reviews are always fresh. */
function writeFixture(dir: string, today: string): void {
  const walk = (from: string, to: string) => {
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        mkdirSync(join(to, entry.name), { recursive: true });
        walk(join(from, entry.name), join(to, entry.name));
      } else writeFileSync(join(to, entry.name), readFileSync(join(from, entry.name), 'utf8').replaceAll('{{today}}', today));
    }
  };
  walk(join(FIXTURE, 'content'), join(dir, 'content'));
}

describe('plausible additions pass the checks CI runs', () => {
  it('a sixth location with a JPEG photo, an FAQ and a short reviewed article', async () => {
    // Only copy the project (`node -e 0` runs nothing), then lay the additions over it.
    const copy = runWithFixture(undefined, ['-e', '0']);
    const dir = copy.dir;
    try {
      const today = new Date().toISOString().slice(0, 10);
      writeFixture(dir, today);
      const photo = await jpeg();
      writeFileSync(join(dir, 'content/locations/images/zz-plausible-dallas.jpg'), photo);
      mkdirSync(join(dir, 'content/articles/images'), { recursive: true });
      writeFileSync(join(dir, 'content/articles/images/zz-plausible-first-visit.jpg'), photo);
      for (const entry of ['tests', 'vitest.config.ts']) cpSync(join(process.cwd(), entry), join(dir, entry), { recursive: true });

      const env = { ...productionBuildEnv(), ...fixtureEnv(FIXTURE) };
      const run = (args: string[], extra: NodeJS.ProcessEnv = {}) => {
        const result = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...env, ...extra }, timeout: 240_000 });
        return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
      };

      const check = run(['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'warning']);
      expect(check.status, check.output).toBe(0);
      const build = run(['scripts/build.mjs']);
      expect(build.status, build.output).toBe(0);
      expect(readFileSync(join(dir, 'dist/locations/dallas/index.html'), 'utf8')).toContain('Dallas');
      expect(readFileSync(join(dir, 'dist/blog/zz-plausible-planning-your-first-visit/index.html'), 'utf8')).toContain('Planning your first visit');

      const tests = run(['node_modules/vitest/vitest.mjs', 'run', '--project', 'build', ...DERIVED_TESTS], { REUSE_DIST: '1' });
      expect(tests.status, tests.output.slice(-6000)).toBe(0);
      expect(tests.output).toMatch(new RegExp(`Test Files\\s+${DERIVED_TESTS.length} passed`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
