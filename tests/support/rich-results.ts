/**
 * Google's rich-result requirements for the types this site publishes that
 * @adobe/structured-data-validator has no handler for (it covers
 * BreadcrumbList, Organization, Person, ImageObject and others itself).
 * Each rule cites the requirement it checks; a rule returns the problems it
 * finds in one node.
 */
type JsonNode = Record<string, unknown>;
export type RichResultIssue = { type: string; id: string; message: string };

const text = (value: unknown) => typeof value === 'string' && value.trim().length > 0;
const decimals = (value: unknown) => (/\.(\d+)$/.exec(String(value))?.[1] ?? '').length;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const isoDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}/.test(value);

/** Rules by schema.org type. */
const RULES: Record<string, (node: JsonNode) => string[]> = {
  // Organization: "logo … at least 112x112px" (Google, Organization structured data).
  MedicalOrganization: (node) => {
    const logo = node['logo'] as JsonNode | string | undefined;
    if (typeof logo !== 'object' || logo === null) return ['logo must be an ImageObject with width and height, so its size is known'];
    const problems: string[] = [];
    if (!/\.(png|jpe?g|webp|gif)$/i.test(String(logo['url']))) problems.push(`logo must be a raster image (png, jpg, webp or gif); found ${String(logo['url'])}`);
    for (const side of ['width', 'height']) if (!(Number(logo[side]) >= 112)) problems.push(`logo ${side} must be at least 112 px; found ${String(logo[side])}`);
    return problems;
  },
  // Local business: name, address; geo "with at least 5 decimal places" (Google, Local business structured data).
  MedicalClinic: (node) => {
    const problems: string[] = [];
    if (!text(node['name'])) problems.push('name is required');
    const address = node['address'] as JsonNode | undefined;
    for (const field of ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry']) {
      if (!text(address?.[field])) problems.push(`address.${field} is required`);
    }
    const geo = node['geo'] as JsonNode | undefined;
    for (const axis of ['latitude', 'longitude']) {
      if (decimals(geo?.[axis]) < 5) problems.push(`geo.${axis} needs at least 5 decimal places; found ${String(geo?.[axis])}`);
    }
    if (!text(node['telephone'])) problems.push('telephone is recommended and this site always has one');
    return problems;
  },
  // ProfilePage: mainEntity (Person or Organization) required; dateCreated and dateModified recommended (Google, Profile page).
  ProfilePage: (node) => {
    const problems: string[] = [];
    if (!node['mainEntity']) problems.push('mainEntity is required');
    for (const field of ['dateCreated', 'dateModified']) if (!isoDate(node[field])) problems.push(`${field} must be an ISO 8601 date; found ${String(node[field])}`);
    return problems;
  },
  // Article: headline, image, author with a name or url, datePublished, dateModified (Google, Article structured data).
  BlogPosting: (node) => {
    const problems: string[] = [];
    if (!text(node['headline']) || String(node['headline']).length > 110) problems.push('headline is required and at most 110 characters');
    if (list(node['image']).length === 0) problems.push('image is required');
    for (const field of ['datePublished', 'dateModified']) if (!isoDate(node[field])) problems.push(`${field} must be an ISO 8601 date`);
    if (list(node['author']).length === 0) problems.push('author is required');
    return problems;
  },
  // FAQPage: mainEntity of Questions, each with a name and an acceptedAnswer with text (Google, FAQ structured data).
  FAQPage: (node) => {
    const questions = list(node['mainEntity']) as JsonNode[];
    if (questions.length === 0) return ['mainEntity must list the questions'];
    return questions.flatMap((question, index) => {
      const answer = question['acceptedAnswer'] as JsonNode | undefined;
      const problems: string[] = [];
      if (question['@type'] !== 'Question' || !text(question['name'])) problems.push(`mainEntity[${index}] must be a Question with a name`);
      if (answer?.['@type'] !== 'Answer' || !text(answer['text'])) problems.push(`mainEntity[${index}].acceptedAnswer must be an Answer with text`);
      return problems;
    });
  },
};

/** Every rich-result problem in a page's JSON-LD graph. */
export function richResultIssues(graph: JsonNode[]): RichResultIssue[] {
  return graph.flatMap((node) =>
    list(node['@type']).flatMap((type) =>
      (RULES[String(type)]?.(node) ?? []).map((message) => ({ type: String(type), id: String(node['@id'] ?? ''), message })),
    ),
  );
}
