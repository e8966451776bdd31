/**
 * Locations: one file per site in content/locations/. The hours here feed both
 * the visible hours table and the structured data, so they can never disagree.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { calendarDay, choice, clockTime, description, fields, httpsUrl, minutesOf, phoneE164, slug, text, usZip, weekday } from './primitives';

export const US_STATES = ['TX'] as const;

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
        /** Latitude, -90 to 90. */
        lat: z.number().min(-90).max(90),
        /** Longitude, -180 to 180. */
        lng: z.number().min(-180).max(180),
      }),
      /** The site's phone number in E.164 form, for example +15125550142. */
      phone: phoneE164,
      /** Opening hours; days not listed are closed. */
      hours: z.array(openingHoursSchema).min(1),
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
      /** The state facility licence for this address (26 TAC §564.401). */
      license: fields({
        /** Who issued it, for example "Texas Health and Human Services Commission". */
        issuer: text('the issuer'),
        /** The licence number as printed. */
        number: text('the licence number'),
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
      const seen = new Set<string>();
      location.hours.forEach((hours, index) => {
        for (const day of hours.days) {
          if (seen.has(day)) {
            ctx.addIssue({ code: 'custom', path: ['hours', index, 'days'], message: `${day} appears in more than one hours entry.` });
          }
          seen.add(day);
        }
      });
    });

export type LocationData = z.output<ReturnType<typeof locationSchema>>;
