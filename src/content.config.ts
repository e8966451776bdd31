/**
 * Wiring only: each collection's folder under content/ and its schema from
 * src/schemas/. The rules live in the schemas and in src/lib/content/.
 */
import { defineCollection } from 'astro:content';
import { contentFile, contentFolder, translationFile, translationFolder } from './lib/content/loader';
import { admissionStepSchema } from './schemas/admissions';
import { articleSchema } from './schemas/articles';
import { faqSchema } from './schemas/faqs';
import { insurancePlanSchema, selfPayPriceSchema } from './schemas/insurance';
import { locationSchema } from './schemas/locations';
import { pageSchema } from './schemas/pages';
import { programSchema } from './schemas/programs';
import { sourceSchema } from './schemas/sources';
import { teamSchema } from './schemas/team';
import { therapySchema } from './schemas/therapies';
import {
  admissionStepTranslationSchema,
  faqTranslationSchema,
  insurancePlanTranslationSchema,
  locationTranslationSchema,
  pageTranslationSchema,
  programTranslationSchema,
  selfPayPriceTranslationSchema,
} from './schemas/translations';

export const collections = {
  programs: defineCollection({ loader: contentFolder('programs'), schema: programSchema }),
  therapies: defineCollection({ loader: contentFolder('therapies'), schema: therapySchema }),
  locations: defineCollection({ loader: contentFolder('locations'), schema: locationSchema }),
  faqs: defineCollection({ loader: contentFolder('faqs'), schema: faqSchema }),
  team: defineCollection({ loader: contentFolder('team'), schema: teamSchema }),
  articles: defineCollection({ loader: contentFolder('articles'), schema: articleSchema }),
  pages: defineCollection({ loader: contentFolder('pages'), schema: pageSchema }),
  sources: defineCollection({ loader: contentFile('sources'), schema: sourceSchema }),
  admissionSteps: defineCollection({ loader: contentFile('admissions-steps'), schema: admissionStepSchema }),
  insurancePlans: defineCollection({ loader: contentFile('insurance-plans'), schema: insurancePlanSchema }),
  selfPayPrices: defineCollection({ loader: contentFile('self-pay-prices'), schema: selfPayPriceSchema }),
  // Spanish translations: content/<collection>/es/<the English file name>, translatable fields only.
  programsEs: defineCollection({ loader: translationFolder('programs', 'es'), schema: programTranslationSchema }),
  locationsEs: defineCollection({ loader: translationFolder('locations', 'es'), schema: locationTranslationSchema }),
  faqsEs: defineCollection({ loader: translationFolder('faqs', 'es'), schema: faqTranslationSchema }),
  pagesEs: defineCollection({ loader: translationFolder('pages', 'es'), schema: pageTranslationSchema }),
  // Spanish translations of the data files: content/es/<the English file name>, one item per English item.
  admissionStepsEs: defineCollection({ loader: translationFile('admissionSteps', 'es'), schema: admissionStepTranslationSchema }),
  insurancePlansEs: defineCollection({ loader: translationFile('insurancePlans', 'es'), schema: insurancePlanTranslationSchema }),
  selfPayPricesEs: defineCollection({ loader: translationFile('selfPayPrices', 'es'), schema: selfPayPriceTranslationSchema }),
};
