/**
 * Schedules in words, from a program's track data: the one place that turns
 * days and clock times into text, for <TrackTime>, tables and plain-text
 * answers alike, so a time is never typed twice.
 */
import { formatDays, formatTime } from './dates';
import type { FamilyGroup, Track } from '../schemas/programs';
import { FAMILY_GROUP_TRACK } from '../components/mdx/registry';

export type Meeting = Pick<Track, 'days' | 'start' | 'end'>;

/** A program's track by id, or its family group for "family-group". */
export function findTrack(program: { tracks: readonly Track[]; familyGroup?: FamilyGroup | undefined }, trackId: string): Meeting | undefined {
  if (trackId === FAMILY_GROUP_TRACK) return program.familyGroup;
  return program.tracks.find((track) => track.id === trackId);
}

/** "6 to 9 p.m.", "9 a.m. to noon", "4 to 6:30 p.m.": the suffix once when both times share it. */
export function formatTimeRange(start: string, end: string): string {
  const from = formatTime(start);
  const to = formatTime(end);
  const suffix = / (a\.m\.|p\.m\.)$/;
  const a = suffix.exec(from)?.[1];
  const b = suffix.exec(to)?.[1];
  return a && a === b ? `${from.replace(suffix, '')} to ${to}` : `${from} to ${to}`;
}

/** "Monday to Thursday, 6 to 9 p.m.", or one half of it. */
export function formatMeeting(meeting: Meeting, show: 'both' | 'days' | 'time' = 'both'): string {
  const days = formatDays(meeting.days);
  const time = formatTimeRange(meeting.start, meeting.end);
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
