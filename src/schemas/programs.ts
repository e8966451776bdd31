/**
 * Programs: the levels of care, one file each in content/programs/.
 * The rules here are the clinical facts of CLINICAL.md that a page must not
 * contradict: weekly hours per level, ASAM levels, what is and is not treatment.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { calendarDay, choice, clockTime, description, fields, link, minutesOf, searchAliases, shown, slug, text, weekday } from './primitives';
import { reviewSchema } from './review';

/** Levels of care from intervention through most to least intensive treatment, then the non-clinical services. */
export const LEVELS_OF_CARE = [
  'intervention',
  'detox',
  'residential',
  'partial-hospitalization',
  'intensive-outpatient',
  'outpatient',
  'sober-living',
  'alumni',
] as const;
export type LevelOfCare = (typeof LEVELS_OF_CARE)[number];

/** Levels of care that are not treatment: no ASAM level, no clinical claims. */
export const NON_CLINICAL_LEVELS: readonly LevelOfCare[] = ['intervention', 'sober-living', 'alumni'];

/** Levels of care whose schedule is a set of weekly tracks. */
export const SCHEDULED_LEVELS: readonly LevelOfCare[] = ['partial-hospitalization', 'intensive-outpatient', 'outpatient'];

/**
 * ASAM Criteria levels each level of care may claim, 4th edition (2023).
 * Withdrawal management is part of levels 1.7, 2.7, 3.7 and 4, not a set of separate levels.
 */
export const ASAM_LEVELS_BY_CARE: Partial<Record<LevelOfCare, readonly string[]>> = {
  detox: ['1.7', '2.7', '3.7', '4'],
  residential: ['3.1', '3.5', '3.7'],
  'partial-hospitalization': ['2.5'],
  'intensive-outpatient': ['2.1'],
  outpatient: ['1.5'],
};

/** The 4th-edition (2023) name of each ASAM level a program may claim, as families read it. */
export const ASAM_LEVEL_NAMES: Readonly<Record<string, string>> = {
  '1.5': 'outpatient therapy',
  '1.7': 'medically managed outpatient',
  '2.1': 'intensive outpatient',
  '2.5': 'high-intensity outpatient',
  '2.7': 'medically managed intensive outpatient',
  '3.1': 'clinically managed low-intensity residential',
  '3.5': 'clinically managed high-intensity residential',
  '3.7': 'medically managed residential',
  '4': 'medically managed intensive inpatient',
};

export const AUDIENCES = ['adult', 'adolescent'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Weekly hours allowed for a track, by level of care and audience (SAMHSA TIP 47, SAMHSA Advisory 2021). */
export function weeklyHoursRule(level: LevelOfCare, audience: Audience): { min: number; max: number; wording: string } | undefined {
  switch (level) {
    case 'intensive-outpatient':
      return audience === 'adult'
        ? { min: 9, max: 19, wording: 'IOP tracks for adults run 9 to 19 hours a week' }
        : { min: 6, max: 19, wording: 'IOP tracks for adolescents run 6 to 19 hours a week' };
    case 'partial-hospitalization':
      return { min: 20, max: 40, wording: 'Partial hospitalization tracks run 20 or more hours a week' };
    case 'outpatient':
      return audience === 'adult'
        ? { min: 1, max: 8.99, wording: 'Outpatient tracks for adults run fewer than 9 hours a week (9 or more is IOP)' }
        : { min: 1, max: 5.99, wording: 'Outpatient tracks for adolescents run fewer than 6 hours a week (6 or more is IOP)' };
    default:
      return undefined;
  }
}

export const trackSchema = fields({
  /** A short id for the track, used by locations to say which tracks they offer, for example "adult-evening". */
  id: slug,
  /** The name families see, for example "Evening track". */
  name: text('the track name'),
  /** Who the track serves. */
  audience: choice(AUDIENCES, 'the audience'),
  /** The days the group meets. */
  days: z.array(weekday).min(1, { error: 'List at least one day the track meets.' }),
  /** Start time, HH:MM on the 24-hour clock. */
  start: clockTime,
  /** End time, HH:MM on the 24-hour clock. */
  end: clockTime,
  /** Minutes of unscheduled break each day, such as lunch; breaks are not treatment and do not count. */
  breakMinutes: z.number().int().min(0).default(0),
  /** Hours of services a week, not counting breaks: days × (end − start − break). */
  hoursPerWeek: z.number().positive(),
  /** How the track can be attended. */
  formats: z.array(choice(['in-person', 'telehealth'], 'the format')).min(1),
});
export type Track = z.output<typeof trackSchema>;

/** A recurring group for families, published with its day and time. */
export const familyGroupSchema = fields({
  /** The name families see, for example "Family education group". */
  name: text('the group name'),
  /** The days it meets. */
  days: z.array(weekday).min(1, { error: 'List at least one day the family group meets.' }),
  /** Start time, HH:MM on the 24-hour clock. */
  start: clockTime,
  /** End time, HH:MM on the 24-hour clock. */
  end: clockTime,
  /** How families can attend. */
  formats: z.array(choice(['in-person', 'telehealth'], 'the format')).min(1),
  /** Where it meets, in plain words, for example "At every site that runs IOP". */
  where: text('where it meets'),
  /** What it costs, in plain words, for example "Free, and open to any family". */
  cost: text('the cost'),
});
export type FamilyGroup = z.output<typeof familyGroupSchema>;

/** Where a "not a fit" reason sends the reader. */
export const REFERRAL_RESOURCES = ['crisis', 'findtreatment', 'samhsa-helpline'] as const;

const notAFitSchema = fields({
    /** The situation, in plain words, for example "You are drinking daily and have had withdrawal seizures". */
    when: text('the situation'),
    /** The program that fits better (file name in content/programs/). */
    program: reference('programs').optional(),
    /** Or an outside resource: "crisis" (988/911), "findtreatment" (FindTreatment.gov) or "samhsa-helpline". */
    resource: choice(REFERRAL_RESOURCES, 'an outside resource').optional(),
  })
  .refine((item) => (item.program === undefined) !== (item.resource === undefined), {
    error: 'Each "not a fit" item routes somewhere: give either a program or a resource (crisis, findtreatment, samhsa-helpline), not both.',
  });

export const QUALITY_SIGNALS = [
  'accreditation',
  'medication',
  'evidenceBasedPractices',
  'familyInvolvement',
  'supportiveServices',
] as const;

const qualitySignalSchema = fields({
  /** Whether this program meets the sign. Say false honestly when it does not. */
  met: z.boolean(),
  /** One line of evidence a family can check. */
  evidence: text('the evidence'),
  /** Where to check it: a site path or an https:// link. */
  link,
});

/**
 * SAMHSA's five signs of quality treatment, as the provider's own check (SAMHSA does not review it).
 * Say met: false plainly when a program does not meet a sign.
 */
export const qualitySignalsSchema = fields({
  /**
   * SAMHSA's first sign, license and accreditation. met: true means a state license; the evidence
   * must also say plainly whether the program is accredited (Joint Commission, CARF). A license is not accreditation.
   */
  accreditation: qualitySignalSchema,
  /** FDA-approved medication offered or coordinated. */
  medication: qualitySignalSchema,
  /** Evidence-based practices such as CBT and motivational interviewing. */
  evidenceBasedPractices: qualitySignalSchema,
  /** Families take part in treatment. */
  familyInvolvement: qualitySignalSchema,
  /** Supportive services: case management, housing, employment, recovery support. */
  supportiveServices: qualitySignalSchema,
});

export const programSchema = fields({
    /** The page heading, for example "Intensive Outpatient Program (IOP)". */
    title: text('the title'),
    /** Optional URL slug; by default the file name is used. */
    slug: slug.optional(),
    /** Other names families search for this program, for example ["rehab", "inpatient"]: indexed for search, never shown. */
    searchAliases,
    /** One or two sentences for program cards. */
    summary: text('the summary').max(240, { error: 'Keep the card summary under 240 characters.' }),
    /** The meta description for search results: 70 to 160 characters. */
    description,
    /**
     * The day the page last changed meaningfully, YYYY-MM-DD. A medical review
     * (review.lastReviewed) must be on or after it (src/lib/content/rules.ts).
     */
    updated: calendarDay,
    /** Which level of care this is. Decides the rules below. */
    levelOfCare: choice(LEVELS_OF_CARE, 'a level of care'),
    /** ASAM Criteria levels, only for clinical levels of care, for example ["2.1"]. */
    asamLevel: z.array(z.string()).min(1).optional(),
    /** True for treatment; false for intervention, sober living and alumni. */
    isClinicalService: z.boolean(),
    /** Who the program serves. */
    audience: z.array(choice(AUDIENCES, 'the audience')).min(1),
    /** Weekly schedules; required for partial hospitalization, IOP and outpatient. */
    tracks: z.array(trackSchema).default([]),
    /** The family group, with its day and time, when the program has one. */
    familyGroup: familyGroupSchema.optional(),
    /** How long people usually take part, in plain words, for example "8 to 14 weeks, set by regular reassessment". */
    typicalDuration: text('the typical duration'),
    /** Who the program is for, one situation per item. */
    whoItsFor: z.array(text('an item')).min(1),
    /** When the program is not the right place, each routed to a better fit. */
    notAFitIf: z.array(notAFitSchema).default([]),
    /** Programs to step up to when more support is needed. */
    stepUpTo: z.array(reference('programs')).default([]),
    /** Programs to step down to as recovery steadies. */
    stepDownTo: z.array(reference('programs')).default([]),
    /** Therapies used in the program (file names in content/therapies/). */
    therapies: z.array(reference('therapies')).default([]),
    /** Medical review; required for clinical programs. */
    review: reviewSchema.optional(),
    /** Sources cited (ids in content/sources.yaml); at least one for clinical programs. */
    sources: z.array(reference('sources')).default([]),
    /** SAMHSA's five signs of quality; required for clinical programs. */
    qualitySignals: qualitySignalsSchema.optional(),
  })
  .superRefine((program, ctx) => {
    const level = program.levelOfCare;
    const clinical = !NON_CLINICAL_LEVELS.includes(level);
    if (program.isClinicalService !== clinical) {
      ctx.addIssue({
        code: 'custom',
        path: ['isClinicalService'],
        message: clinical
          ? `A ${level} program is a clinical service: set isClinicalService: true.`
          : `${level} is not treatment and must not claim to be: set isClinicalService: false.`,
      });
    }
    const allowedAsam = ASAM_LEVELS_BY_CARE[level];
    if (!allowedAsam) {
      if (program.asamLevel !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['asamLevel'],
          message: `${level} is not an ASAM level of care: remove asamLevel (found ${shown(program.asamLevel)}).`,
        });
      }
    } else if (program.asamLevel === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['asamLevel'],
        message: `A ${level} program needs asamLevel, one or more of ${allowedAsam.join(', ')}.`,
      });
    } else {
      program.asamLevel.forEach((value, index) => {
        if (!allowedAsam.includes(value)) {
          ctx.addIssue({
            code: 'custom',
            path: ['asamLevel', index],
            message: `ASAM level ${shown(value)} does not fit ${level}; allowed: ${allowedAsam.join(', ')}.`,
          });
        }
      });
    }
    if (SCHEDULED_LEVELS.includes(level) && program.tracks.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['tracks'],
        message: `A ${level} program needs at least one track (days, start and end times, hours a week).`,
      });
    }
    const seen = new Set<string>();
    program.tracks.forEach((track, index) => {
      if (seen.has(track.id)) {
        ctx.addIssue({ code: 'custom', path: ['tracks', index, 'id'], message: `Track id "${track.id}" is used twice in this file.` });
      }
      seen.add(track.id);
      if (!program.audience.includes(track.audience)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tracks', index, 'audience'],
          message: `Track "${track.id}" is for ${track.audience}s, but the program's audience is ${program.audience.join(' and ')}.`,
        });
      }
      const rule = weeklyHoursRule(level, track.audience);
      if (rule && (track.hoursPerWeek < rule.min || track.hoursPerWeek > rule.max)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tracks', index, 'hoursPerWeek'],
          message: `${rule.wording}; track "${track.id}" has ${track.hoursPerWeek}.`,
        });
      }
      const dailyMinutes = minutesOf(track.end) - minutesOf(track.start) - track.breakMinutes;
      if (minutesOf(track.end) <= minutesOf(track.start)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tracks', index, 'end'],
          message: `Track "${track.id}" ends (${track.end}) before it starts (${track.start}).`,
        });
      } else if (dailyMinutes <= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['tracks', index, 'breakMinutes'],
          message: `Track "${track.id}" has a ${track.breakMinutes}-minute break but meets only ${minutesOf(track.end) - minutesOf(track.start)} minutes a day.`,
        });
      } else {
        const scheduled = (dailyMinutes / 60) * track.days.length;
        if (Math.abs(scheduled - track.hoursPerWeek) > 0.25) {
          const breaks = track.breakMinutes > 0 ? ` less a ${track.breakMinutes}-minute break each day` : '';
          ctx.addIssue({
            code: 'custom',
            path: ['tracks', index, 'hoursPerWeek'],
            message: `Track "${track.id}" meets ${track.days.length} days from ${track.start} to ${track.end}${breaks}, which is ${scheduled} hours of services a week, but hoursPerWeek says ${track.hoursPerWeek}. Count service hours, not breaks (set breakMinutes for lunch or other breaks).`,
          });
        }
      }
    });
    if (program.familyGroup && minutesOf(program.familyGroup.end) <= minutesOf(program.familyGroup.start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['familyGroup', 'end'],
        message: `The family group ends (${program.familyGroup.end}) before it starts (${program.familyGroup.start}).`,
      });
    }
    if (clinical) {
      if (!program.review) {
        ctx.addIssue({ code: 'custom', path: ['review'], message: 'Clinical programs need a medical review: add review.reviewedBy and review.lastReviewed.' });
      }
      if (program.sources.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['sources'], message: 'Clinical programs cite at least one source from content/sources.yaml.' });
      }
      if (!program.qualitySignals) {
        ctx.addIssue({ code: 'custom', path: ['qualitySignals'], message: "Clinical programs show SAMHSA's five signs of quality: add qualitySignals." });
      }
    } else if (program.qualitySignals) {
      ctx.addIssue({ code: 'custom', path: ['qualitySignals'], message: `${level} is not treatment: remove qualitySignals.` });
    }
  });

export type ProgramData = z.output<typeof programSchema>;
