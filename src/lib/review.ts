/**
 * The medical review policy: a review expires a set number of months after it
 * was done, and the build warns a set number of days before that.
 */

export type ReviewPolicy = { maxAgeMonths: number; warnDays: number };
export type ReviewStatus =
  | { state: 'current'; dueOn: Date }
  | { state: 'due-soon'; dueOn: Date; daysLeft: number }
  | { state: 'overdue'; dueOn: Date; daysOverdue: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day a review made on `lastReviewed` falls due (same day of month, clamped to the month's last day). */
export function reviewDueOn(lastReviewed: Date, maxAgeMonths: number): Date {
  const year = lastReviewed.getUTCFullYear();
  const month = lastReviewed.getUTCMonth() + maxAgeMonths;
  const lastDayOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(lastReviewed.getUTCDate(), lastDayOfTarget)));
}

/** Whether a review done on `lastReviewed` is current, due soon or overdue on `today`. */
export function reviewStatus(lastReviewed: Date, today: Date, policy: ReviewPolicy): ReviewStatus {
  const dueOn = reviewDueOn(lastReviewed, policy.maxAgeMonths);
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const daysLeft = Math.round((dueOn.getTime() - startOfToday) / DAY_MS);
  if (daysLeft < 0) return { state: 'overdue', dueOn, daysOverdue: -daysLeft };
  if (daysLeft <= policy.warnDays) return { state: 'due-soon', dueOn, daysLeft };
  return { state: 'current', dueOn };
}
