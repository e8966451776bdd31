/**
 * MDX components on the built site: the catalogue shows every component
 * (and stays out of the sitemap and search), schedules in text come from the
 * track data, citations point at an entry of the page's own source list, and
 * the components add no script.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { MDX_COMPONENT_NAMES } from '../../src/components/mdx/registry';
import { formatMeeting, type Meeting } from '../../src/lib/schedule';
import { builtPages, exists, parsePage, readPage, sitemapUrls, pathOf } from '../support/site';

const CATALOGUE = '/editor/components/';
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A program's frontmatter, read from its file. */
function program(id: string): { tracks: (Meeting & { id: string })[]; familyGroup?: Meeting } {
  const file = readdirSync('content/programs').find((name) => name.replace(/\.mdx?$/, '') === id) ?? '';
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/programs/${file}`, 'utf8'))?.[1] ?? '') as never;
}

describe('the component catalogue', () => {
  const doc = parsePage(CATALOGUE);

  it('shows every component with its example rendered beside its source', () => {
    for (const name of MDX_COMPONENT_NAMES) {
      const section = doc.getElementById(name.toLowerCase())?.closest('section');
      expect(section, name).toBeTruthy();
      const examples = [...(section?.querySelectorAll('.box') ?? [])].filter((box) => box.querySelector(':scope > pre'));
      expect(examples.length, `${name} examples`).toBeGreaterThan(0);
      for (const example of examples) expect(text(example.querySelector(':scope > .prose')).length, `${name} renders`).toBeGreaterThan(0);
    }
  });

  it('is kept out of search engines, the sitemap, site search and the navigation', () => {
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/^noindex/);
    expect(sitemapUrls().map(pathOf)).not.toContain(CATALOGUE);
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    const linking = builtPages().filter((path) => path !== CATALOGUE && readPage(path).includes(`href="${CATALOGUE}"`));
    expect(linking).toEqual([]);
  });
});

describe('schedules in text come from the track data', () => {
  it('renders <TrackTime> with the times in content/programs/', () => {
    const iop = program('intensive-outpatient');
    const evening = iop.tracks.find((track) => track.id === 'adult-evening')!;
    const catalogue = text(parsePage(CATALOGUE).getElementById('tracktime')?.closest('section'));
    expect(catalogue).toContain(`The evening track meets ${formatMeeting(evening)}, in person or by video.`);
    expect(catalogue).toContain(`The family group meets on ${formatMeeting(iop.familyGroup!, 'days')}, ${formatMeeting(iop.familyGroup!, 'time')}, at every site.`);
  });

  it('puts the same schedule in FAQ structured data as on the page', () => {
    const iop = program('intensive-outpatient');
    const evening = iop.tracks.find((track) => track.id === 'adult-evening')!;
    const html = readPage('/faq/schedule-and-hours/');
    const graph = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}') as { '@graph': { '@type': string; mainEntity?: { acceptedAnswer: { text: string } }[] }[] };
    const answers = graph['@graph'].flatMap((node) => node.mainEntity ?? []).map((q) => q.acceptedAnswer.text);
    expect(answers.some((answer) => answer.includes(formatMeeting(evening, 'time')))).toBe(true);
    expect(answers.join(' ')).not.toMatch(/<[A-Z][A-Za-z]+/);
  });

  it('never ends a sentence with a doubled period after a time ("p.m..")', () => {
    const doubled = builtPages().filter((path) => /[ap]\.m\.\./.test(text(parsePage(path).querySelector('main'))));
    expect(doubled).toEqual([]);
  });
});

describe('citations', () => {
  it('link to an entry of the same page\'s source list on every page that cites', () => {
    const citing = builtPages().filter((path) => path !== CATALOGUE && /href="#source-/.test(readPage(path)));
    expect(citing.length).toBeGreaterThan(0);
    for (const path of citing) {
      const doc = parsePage(path);
      for (const link of doc.querySelectorAll('main a[href^="#source-"]')) {
        const id = link.getAttribute('href')!.slice(1);
        expect(doc.getElementById(id)?.closest('.sources'), `${path} → #${id}`).toBeTruthy();
      }
    }
  });
});

describe('components ship no client JavaScript', () => {
  it('adds no script to a page that uses them beyond what a page without them has', () => {
    const scripts = (path: string) => [...parsePage(path).querySelectorAll('script[src]')].map((s) => s.getAttribute('src')).sort();
    expect(exists(CATALOGUE)).toBe(true);
    expect(scripts(CATALOGUE)).toEqual(scripts('/team/'));
    expect(scripts('/blog/what-is-iop/')).toEqual(scripts('/team/'));
  });
});
