/**
 * The medical review block shared by programs, therapies and clinical articles.
 * The page shows it as "Medically reviewed by NAME, CREDENTIALS on DATE"
 * ("Reviewed by" on an article that gives no health information, clinical: false).
 * That the reviewer is a medical reviewer, and that the review is not overdue,
 * is checked when content loads (src/lib/content/rules.ts), where the team and
 * the file are known.
 */
import { reference } from 'astro:content';
import { calendarDay, fields } from './primitives';

export const reviewSchema = fields({
  /** The team member (file name in content/team/) who reviewed the page; must have isMedicalReviewer: true. */
  reviewedBy: reference('team'),
  /** The day the review was done, YYYY-MM-DD. A review older than 12 months fails the build. */
  lastReviewed: calendarDay,
});
