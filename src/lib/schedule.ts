/**
 * Schedules in words, from a program's track data: the one place that turns
 * days and clock times into text, for <TrackTime>, tables and plain-text
 * answers alike, so a time is never typed twice.
 */
import { formatDays, formatTimeRange } from './dates';
import type { Language } from '../i18n/ui';
import type { FamilyGroup, Track } from '../schemas/programs';
import { FAMILY_GROUP_TRACK } from '../components/mdx/registry';

export type Meeting = Pick<Track, 'days' | 'start' | 'end'>;

/** A program's track by id, or its family group for "family-group". */
export function findTrack(program: { tracks: readonly Track[]; familyGroup?: FamilyGroup | undefined }, trackId: string): Meeting | undefined {
  if (trackId === FAMILY_GROUP_TRACK) return program.familyGroup;
  return program.tracks.find((track) => track.id === trackId);
}

/** "Monday to Thursday, 6 to 9 p.m.", or one half of it. */
export function formatMeeting(meeting: Meeting, show: 'both' | 'days' | 'time' = 'both', lang: Language = 'en'): string {
  const days = formatDays(meeting.days, lang);
  const time = formatTimeRange(meeting.start, meeting.end, lang);
  return show === 'days' ? days : show === 'time' ? time : `${days}, ${time}`;
}

/** "9 to 11", "11": hours of treatment a week across tracks, or undefined when there are none. */
export function weeklyHours(tracks: readonly Track[]): string | undefined {
  if (tracks.length === 0) return undefined;
  const hours = tracks.map((track) => track.hoursPerWeek);
  const [min, max] = [Math.min(...hours), Math.max(...hours)];
  return min === max ? String(min) : `${min} to ${max}`;
}

/** Adults' and teens' weekly hours apart, since their minimums differ: { adult: "11", teen: "7.5" }. */
export function weeklyHoursByAudience(tracks: readonly Track[]): { adult?: string | undefined; teen?: string | undefined } {
  return {
    adult: weeklyHours(tracks.filter((track) => track.audience === 'adult')),
    teen: weeklyHours(tracks.filter((track) => track.audience === 'adolescent')),
  };
}
