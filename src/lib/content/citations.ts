/**
 * Citations in bodies: <Cite id="…" /> adds its source to the page's source
 * list, after the sources listed in the frontmatter, in order of first use.
 */
const CITE = /<Cite\s+id=["']([a-z0-9-]+)["']\s*\/>/g;

/** The anchor of a source in a page's source list. */
export const sourceAnchor = (id: string) => `source-${id}`;

/** The sources a page lists: its frontmatter's, then any it cites in the body. */
export function citedSources(listed: readonly { id: string }[], body: string | undefined): { id: string }[] {
  const ids = [...listed.map((ref) => ref.id)];
  for (const match of (body ?? '').matchAll(CITE)) if (match[1] && !ids.includes(match[1])) ids.push(match[1]);
  return ids.map((id) => ({ id }));
}
