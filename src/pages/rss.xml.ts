import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles, teamMember } from '@/lib/content/queries';
import { ARTICLE_CATEGORIES } from '@/schemas/articles';
import { site } from '@/site.config';
import { absoluteUrl, paths } from '@/lib/urls';

/** Text for an XML element. */
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The article feed: every published article, newest first. */
export const GET: APIRoute = async () => {
  const articles = await getArticles();
  const items = await Promise.all(
    articles.map(async (article) => ({
      title: article.data.title,
      description: article.data.description,
      link: paths.article(article.id),
      pubDate: article.data.datePublished,
      categories: [ARTICLE_CATEGORIES[article.data.category]],
      // RSS 2.0's <author> must be an email address; a name goes in Dublin Core's creator.
      customData: `<dc:creator>${escapeXml((await teamMember(article.data.author)).data.name)}</dc:creator>`,
    })),
  );
  return rss({
    title: `${site.name}: articles`,
    description: `Plain-language articles from ${site.name} on intensive outpatient treatment and recovery.`,
    site: absoluteUrl('/'),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    items,
    customData: `<language>en-us</language>`,
  });
};
