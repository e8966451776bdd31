/**
 * The components every .mdx body gets without importing them, by the names
 * in registry.ts (a test checks the two lists match). Pass this map to an
 * entry's <Content components={mdxComponents} />.
 */
import Summary from './Summary.astro';
import KeyTakeaways from './KeyTakeaways.astro';
import Callout from './Callout.astro';
import CallToAction from './CallToAction.astro';
import Faq from './Faq.astro';
import TrackSchedule from './TrackSchedule.astro';
import LevelsOfCare from './LevelsOfCare.astro';
import Cite from './Cite.astro';
import Link from './Link.astro';
import TrackTime from './TrackTime.astro';
import PhoneLink from './PhoneLink.astro';
import SiteCount from './SiteCount.astro';
import type { MdxComponentName } from './registry';

export const mdxComponents = {
  Summary,
  KeyTakeaways,
  Callout,
  CallToAction,
  Faq,
  TrackSchedule,
  LevelsOfCare,
  Cite,
  Link,
  TrackTime,
  PhoneLink,
  SiteCount,
} satisfies Record<MdxComponentName, unknown>;
