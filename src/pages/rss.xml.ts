import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles, teamMember } from '@/lib/content/queries';
import { ARTICLE_CATEGORIES } from '@/schemas/articles';
import { site } from '@/site.config';
import { absoluteUrl, paths } from '@/lib/urls';

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
      author: (await teamMember(article.data.author)).data.name,
    })),
  );
  return rss({
    title: `${site.name}: articles`,
    description: `Plain-language articles from ${site.name} on intensive outpatient treatment and recovery.`,
    site: absoluteUrl('/'),
    items,
    customData: `<language>en-us</language>`,
  });
};
