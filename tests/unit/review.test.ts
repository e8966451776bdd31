import { describe, expect, it } from 'vitest';
import { reviewDueOn, reviewStatus } from '../../src/lib/review';

const policy = { maxAgeMonths: 12, warnDays: 30 };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('medical review policy', () => {
  it('falls due twelve months after the review, clamped to the end of a short month', () => {
    expect(reviewDueOn(day('2026-03-15'), 12).toISOString().slice(0, 10)).toBe('2027-03-15');
    expect(reviewDueOn(day('2024-02-29'), 12).toISOString().slice(0, 10)).toBe('2025-02-28');
  });

  it('is current, due soon, then overdue', () => {
    expect(reviewStatus(day('2026-01-10'), day('2026-06-01'), policy).state).toBe('current');
    expect(reviewStatus(day('2026-01-10'), day('2026-12-20'), policy)).toMatchObject({ state: 'due-soon', daysLeft: 21 });
    expect(reviewStatus(day('2026-01-10'), day('2027-01-10'), policy)).toMatchObject({ state: 'due-soon', daysLeft: 0 });
    expect(reviewStatus(day('2026-01-10'), day('2027-01-12'), policy)).toMatchObject({ state: 'overdue', daysOverdue: 2 });
  });
});
