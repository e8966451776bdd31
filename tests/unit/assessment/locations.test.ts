/**
 * The self-assessment names which cities have which IOP track (the teen track
 * note, the no-teen-track flag on L1, the "IOP may be a good fit" result).
 * Those words are written by hand in content.ts; this checks them against the
 * tracks each location lists in content/locations/*.md.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT, OUTCOME_WORDS } from '../../../src/assessment/content';
import { wording } from '../../../src/assessment';
import { LOCATION_IDS } from '../../../src/assessment/types';

interface LocationFile {
  name: string;
  programs: { program: string; tracks: string[] }[];
}

const frontmatter = (path: string) => parse(readFileSync(path, 'utf8').split('\n---\n')[0]!.replace(/^---\n/, '')) as LocationFile;
const locations = LOCATION_IDS.map((id) => ({ id, ...frontmatter(`content/locations/${id}.md`) }));
const iopTracks = (location: LocationFile) => location.programs.find((p) => p.program === 'intensive-outpatient')?.tracks ?? [];
const withTrack = (track: RegExp) => locations.filter((l) => iopTracks(l).some((t) => track.test(t)));
const label = (id: string) => wording(ASSESSMENT.questions.find((q) => q.id === 'L1')?.options.find((o) => o.id === id)?.label ?? '', 'self');
const note = (id: string) => wording(ASSESSMENT.notes.find((n) => n.id === id)?.text ?? '', 'self');
/** "Houston and Willow Bend (Plano)": the cities as L1 names them. */
const cities = (ids: string[]) => ids.map(label).join(', ').replace(/, ([^,]*)$/, ' and $1');

describe('the tracks the self-assessment names', () => {
  const teen = withTrack(/^adolescent/).map((l) => l.id);

  it('flags exactly the cities with no teen IOP track', () => {
    const flagged = ASSESSMENT.questions.find((q) => q.id === 'L1')?.options.filter((o) => o.flags.includes('no-teen-track-nearby')).map((o) => o.id);
    expect(teen.length).toBeGreaterThan(0);
    expect(flagged).toEqual(LOCATION_IDS.filter((id) => !teen.includes(id)));
  });

  it('names the teen track cities in the adolescent notes and the IOP result', () => {
    const names = cities(teen);
    expect(names).toBe('Houston and Willow Bend (Plano)');
    expect(note('adolescent')).toContain(`in ${names}.`);
    expect(note('no-teen-track-nearby')).toContain(`in ${names} only`);
    expect(wording(OUTCOME_WORDS['iop-discuss'].body, 'self')).toContain(`after-school track in ${names}.`);
  });

  it('says every location has an adult evening track, and names the day track cities', () => {
    expect(withTrack(/^adult-evening$/).map((l) => l.id)).toEqual([...LOCATION_IDS]);
    expect(note('evenings')).toContain('Every Lantern Hill location runs an adult evening IOP track');
    const day = cities(withTrack(/^adult-day$/).map((l) => l.id));
    expect(wording(OUTCOME_WORDS['iop-discuss'].body, 'self')).toContain(`every location has an evening track, and ${day} also have a day track`);
  });
});
