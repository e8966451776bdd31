/**
 * Locations: one file per site in content/locations/. The opening hours here
 * feed both the visible hours table and the structured data, so they can
 * never disagree; visiting hours are shown but never published as opening hours.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { calendarDay, choice, clockTime, description, fields, httpsUrl, minutesOf, phoneE164, searchAliases, slug, text, usZip, weekday } from './primitives';

export const US_STATES = ['TX'] as const;

/** Decimal places in a number as written, for example 3 for 30.261. */
export function decimalPlaces(value: number): number {
  return (String(value).split('.')[1] ?? '').length;
}

/** A coordinate in decimal degrees with at least five decimal places (about one metre), as Google asks for. */
const coordinate = (min: number, max: number) =>
  z
    .number()
    .min(min)
    .max(max)
    .refine((value) => decimalPlaces(value) >= 5, {
      error: (issue) => `Write coordinates with at least five decimal places, for example 30.26123; found ${String(issue.input)}.`,
    });

const openingHoursSchema = fields({
    /** The days these hours apply to. */
    days: z.array(weekday).min(1),
    /** Opening time, HH:MM. */
    opens: clockTime,
    /** Closing time, HH:MM. */
    closes: clockTime,
  })
  .refine((hours) => minutesOf(hours.closes) > minutesOf(hours.opens), {
    error: 'Closing time must be after opening time.',
    path: ['closes'],
  });

export const locationSchema = ({ image }: { image: ImageFunction }) =>
  fields({
      /** The name families see, for example "Austin". */
      name: text('the name'),
      /** URL slug, for example "willow-bend". */
      slug,
      /** Other names families search for this location, for example ["Houston office"]: indexed for search, never shown. */
      searchAliases,
      /** The meta description for search results: 70 to 160 characters. */
      description,
      /** One or two sentences for location cards. */
      summary: text('the summary').max(240),
      /** The street address. */
      address: fields({
        /** Street number and name. */
        street: text('the street'),
        /** Suite or unit, if any. */
        suite: z.string().optional(),
        /** City, as the post office spells it. */
        city: text('the city'),
        /** Two-letter state code. */
        state: choice(US_STATES, 'a state the provider is licensed in'),
        /** ZIP code. */
        zip: usZip,
      }),
      /** Map coordinates (decimal degrees) for structured data and the directions link. */
      geo: fields({
        /** Latitude, -90 to 90, with at least five decimal places. */
        lat: coordinate(-90, 90),
        /** Longitude, -180 to 180, with at least five decimal places. */
        lng: coordinate(-180, 180),
      }),
      /** The site's phone number in E.164 form, for example +15125550142. */
      phone: phoneE164,
      /** Opening hours of the front desk and groups; days not listed are closed. Only these feed openingHoursSpecification. */
      hours: z.array(openingHoursSchema).min(1),
      /** Visiting hours for people staying on site, if any; shown on the page, never published as opening hours. */
      visitingHours: z.array(openingHoursSchema).optional(),
      /** One short note under the hours, for example "Detox admissions: any time, any day." */
      hoursNote: text('the hours note').max(200).optional(),
      /** Programs offered here, with the track ids from each program's file. */
      programs: z
        .array(
          fields({
            /** The program (file name in content/programs/). */
            program: reference('programs'),
            /** Track ids from that program's tracks list; leave empty for programs without tracks. */
            tracks: z.array(slug).default([]),
          }),
        )
        .min(1),
      /** The state facility license for this address (26 TAC §564.401). */
      license: fields({
        /** Who issued it, for example "Texas Health and Human Services Commission". */
        issuer: text('the issuer'),
        /** The license number as printed. */
        number: text('the license number'),
        /** Where the public can verify it. */
        verifyUrl: httpsUrl,
        /** True while the number is invented for the demo organization. */
        isDemo: z.boolean(),
      }),
      /** Languages services are offered in at this site. */
      languages: z.array(text('a language')).min(1),
      /** Whether telehealth sessions are available from this site. */
      telehealth: z.boolean(),
      /** Parking, in plain words. */
      parking: text('parking'),
      /** Public transit, in plain words. */
      transit: text('transit'),
      /** A picture of the site (in content/locations/images/). */
      photo: image(),
      /** What the picture shows, for people who cannot see it. */
      photoAlt: text('the photo description'),
      /** The day someone last confirmed the address, hours and phone. */
      lastVerified: calendarDay,
    })
    .superRefine((location, ctx) => {
      for (const field of ['hours', 'visitingHours'] as const) {
        const seen = new Set<string>();
        location[field]?.forEach((hours, index) => {
          for (const day of hours.days) {
            if (seen.has(day)) {
              ctx.addIssue({ code: 'custom', path: [field, index, 'days'], message: `${day} appears in more than one ${field} entry.` });
            }
            seen.add(day);
          }
        });
      }
    });

export type LocationData = z.output<ReturnType<typeof locationSchema>>;
