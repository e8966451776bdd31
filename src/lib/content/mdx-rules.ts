/**
 * Rules for what editors write in bodies, checked while content loads: MDX
 * that does not parse, components that do not exist, wrong props, ids that
 * point at nothing, code in content, components in plain .md files, and
 * clock times typed by hand. Each problem names the file and line, what was
 * found and what is allowed, so an editor never meets a stack trace.
 */
import { mdxToMdast } from 'satteri';
import {
  FAMILY_GROUP_TRACK,
  MDX_COMPONENTS,
  MDX_COMPONENT_NAMES,
  SUMMARY_MAX_WORDS,
  TAKEAWAYS,
  type ComponentSpec,
  type MdxComponentName,
  type RefCollection,
} from '../../components/mdx/registry';
import { editDistance } from '../search/edit-distance';
import { findTrack, formatMeeting, type Meeting } from '../schedule';
import { bodyLines, countWords, type LoadedEntry, type Problem, type Snapshot } from './rules';

/** The collections a body's components can point into. */
export const MDX_REF_COLLECTIONS: readonly RefCollection[] = ['faqs', 'sources', 'programs', 'therapies', 'locations', 'articles', 'pages'];

const GUIDE = 'content/README.md, "Components"';
/** HTML an editor must not put in content: it runs code, loads other sites or breaks the page's policy. */
const FORBIDDEN_HTML = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'link', 'meta']);

type Node = {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
};

export const isMdx = (entry: LoadedEntry) => entry.filePath.replace(/:\d+$/, '').endsWith('.mdx');

/** "file:line" for a line of the body (1-based), or the file and a body line when the body's start is unknown. */
function at(entry: LoadedEntry, bodyLine: number | undefined): string {
  if (bodyLine === undefined) return entry.filePath;
  return entry.bodyLine === undefined ? `${entry.filePath} (line ${bodyLine} of the body)` : `${entry.filePath}:${entry.bodyLine + bodyLine - 1}`;
}

/** Each entry's parsed body, once per load: several rules walk it. */
const parsed = new WeakMap<LoadedEntry, { tree?: Node; problem?: Problem }>();

/** The parsed body, or the syntax error as a problem. */
export function parseBody(entry: LoadedEntry): { tree?: Node; problem?: Problem } {
  let result = parsed.get(entry);
  if (!result) {
    result = parseUncached(entry);
    parsed.set(entry, result);
  }
  return result;
}

function parseUncached(entry: LoadedEntry): { tree?: Node; problem?: Problem } {
  try {
    return { tree: mdxToMdast(entry.body ?? '') as Node };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+):\s*(.*)$/s.exec(text);
    const line = match ? Number(match[1]) : undefined;
    const reason = (match?.[3] ?? text)
      .replace(/\s*\(\d+:\d+\)/g, '')
      .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '')
      .trim();
    return {
      problem: {
        file: at(entry, line),
        field: 'body',
        message: `This MDX cannot be read: ${reason}. Check that every component tag is closed (<Summary> … </Summary>, or <Faq id="…" /> with "/>") and that "<" and "{" in text are written as &lt; and &#123;.`,
      },
    };
  }
}

/** Every node of a tree with its parent, depth first. */
function* walk(node: Node, parent?: Node): Generator<{ node: Node; parent: Node | undefined }> {
  yield { node, parent };
  for (const child of node.children ?? []) yield* walk(child, node);
}

/** The closest component name, for "did you mean". */
function closest(name: string): string | undefined {
  const ranked = MDX_COMPONENT_NAMES.map((known) => ({ known, distance: editDistance(name.toLowerCase(), known.toLowerCase()) })).sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  return best && best.distance <= Math.max(2, Math.floor(name.length / 3)) ? best.known : undefined;
}

const listOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** An attribute's value as the component will get it, or why it cannot be read. */
function attributeValues(node: Node): { props: Record<string, unknown>; problems: string[] } {
  const props: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      problems.push('"{…}" spreads are not allowed in content: write each prop as name="value".');
      continue;
    }
    if (attribute.value === null || attribute.value === undefined) props[attribute.name] = true;
    else if (typeof attribute.value === 'string') props[attribute.name] = attribute.value;
    else {
      const code = String((attribute.value as { value?: unknown }).value ?? '');
      problems.push(`${attribute.name}={${code}} is code; content takes plain values. Write ${attribute.name}="…" with the value in quotes.`);
    }
  }
  return { props, problems };
}

/** Plain words of a node (for word counts). */
function textOfNode(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(textOfNode).join(node.type === 'paragraph' ? ' ' : ' ');
}

function childrenProblems(name: MdxComponentName, spec: ComponentSpec, node: Node): string[] {
  const children = (node.children ?? []).filter((child) => !(child.type === 'text' && String(child.value).trim() === ''));
  switch (spec.children) {
    case 'none':
      return children.length > 0 ? [`<${name}> takes nothing between tags: write it as one tag ending in "/>".`] : [];
    case 'markdown':
      if (children.length === 0) return [`<${name}> is empty: write its text between <${name}> and </${name}>.`];
      if (name === 'Summary') {
        const words = countWords(children.map(textOfNode).join(' '));
        if (words > SUMMARY_MAX_WORDS) return [`The summary has ${words} words; keep it to ${SUMMARY_MAX_WORDS} or fewer (one to three sentences).`];
      }
      return [];
    case 'list': {
      const list = children[0];
      if (children.length !== 1 || list?.type !== 'list') {
        return [`<${name}> holds one bulleted list and nothing else: a line "- …" for each point, with a blank line after <${name}> and before </${name}>.`];
      }
      const items = list.children?.length ?? 0;
      return items < TAKEAWAYS.min || items > TAKEAWAYS.max ? [`<${name}> has ${items} points; write ${TAKEAWAYS.min} to ${TAKEAWAYS.max}.`] : [];
    }
    case 'text':
    case 'optional-text':
      if (spec.children === 'text' && children.length === 0) return [`<${name}> needs its words between the tags.`];
      return children.some((child) => child.type === 'paragraph' || child.type === 'list' || child.type === 'heading')
        ? [`<${name}> goes inside a sentence: keep the opening tag, its words and the closing tag on one line.`]
        : [];
  }
}

type Collections = ReadonlyMap<string, Snapshot>;

function refProblems(spec: ComponentSpec, props: Record<string, unknown>, collections: Collections): string[] {
  const problems: string[] = [];
  for (const [prop, collection] of Object.entries(spec.refs)) {
    const value = props[prop];
    const entries = collection ? collections.get(collection) : undefined;
    if (typeof value !== 'string' || !entries || entries.has(value)) continue;
    const known = [...entries.keys()].sort();
    const near = known.filter((k) => editDistance(k, value) <= Math.max(3, Math.floor(value.length / 4)));
    const hint = near.length > 0 ? ` Did you mean ${listOf(near)}?` : known.length <= 12 ? ` Allowed: ${listOf(known)}.` : ` Use a file name from content/${collection}/.`;
    problems.push(`${prop}="${value}" is not an entry in ${collection}.${hint}`);
  }
  // A track must be one of the program's tracks (or its family group).
  const programId = props['program'];
  const track = props['track'];
  const program = typeof programId === 'string' ? collections.get('programs')?.get(programId) : undefined;
  if (program && typeof track === 'string') {
    const tracks = ((program.data['tracks'] as { id: string }[] | undefined) ?? []).map((t) => t.id);
    if (program.data['familyGroup']) tracks.push(FAMILY_GROUP_TRACK);
    if (!tracks.includes(track)) {
      problems.push(
        tracks.length === 0
          ? `The program "${programId}" has no tracks, so it has no times to show.`
          : `track="${track}" is not a track of "${programId}". Allowed: ${listOf(tracks)} (from ${program.filePath}).`,
      );
    }
  }
  return problems;
}

/** Problems with one component tag. */
function componentProblems(node: Node, collections: Collections): string[] {
  const name = node.name ?? '';
  if (!(name in MDX_COMPONENTS)) {
    const guess = closest(name);
    return [`There is no component <${name}>.${guess ? ` Did you mean <${guess}>?` : ''} Available: ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')} (see ${GUIDE}).`];
  }
  const key = name as MdxComponentName;
  const spec: ComponentSpec = MDX_COMPONENTS[key];
  const { props, problems } = attributeValues(node);
  if (problems.length > 0) return problems.map((p) => `<${name}> ${p}`);
  const parsed = spec.props.safeParse(props);
  if (!parsed.success) {
    const allowed = Object.keys(spec.props.shape);
    return parsed.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return `<${name}> has no prop ${listOf(issue.keys)}. ${allowed.length > 0 ? `Its props: ${allowed.join(', ')}.` : 'It takes no props.'}`;
      }
      const prop = issue.path.join('.');
      return prop ? `<${name}> ${prop}: ${issue.message}` : `<${name}>: ${issue.message}`;
    });
  }
  if (spec.placement === 'block' && node.type === 'mdxJsxTextElement') {
    return [`<${name}> is a block: put it on its own lines, with a blank line before and after, not inside a sentence.`];
  }
  return [...childrenProblems(key, spec, node), ...refProblems(spec, props, collections).map((p) => `<${name}> ${p}`)];
}

/** What is wrong with an .mdx body: syntax, code, unknown components, props and ids. */
export function mdxProblems(entry: LoadedEntry, collections: Collections): Problem[] {
  if (!isMdx(entry)) return componentInMarkdownProblems(entry);
  const { tree, problem } = parseBody(entry);
  if (!tree) return problem ? [problem] : [];
  const problems: Problem[] = [];
  const report = (node: Node, message: string) => problems.push({ file: at(entry, node.position?.start.line), field: 'body', message });
  for (const { node, parent } of walk(tree)) {
    const doubled = node.name === 'TrackTime' ? doubledPeriod(node, parent, collections) : undefined;
    if (doubled) report(node, doubled);
    if (node.type === 'mdxjsEsm') {
      report(node, `"${String(node.value).split('\n')[0]}": content files do not import or export anything. Components are available without import; remove this line.`);
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const code = String(node.value ?? '').trim();
      if (!/^\/\*[\s\S]*\*\/$/.test(code)) {
        report(node, `"{${code.length > 40 ? `${code.slice(0, 37)}…` : code}}" is code; content files hold text and components only. Write the words, or use a component (see ${GUIDE}). To show a "{" as text, write &#123;.`);
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!node.name) report(node, 'An empty tag "<>" is not allowed; remove it.');
      else if (/^[a-z]/.test(node.name)) {
        if (FORBIDDEN_HTML.has(node.name)) report(node, `<${node.name}> is not allowed in content: it could run code or load another site. Use Markdown or a component (see ${GUIDE}).`);
      } else for (const message of componentProblems(node, collections)) report(node, message);
    }
  }
  return problems;
}

/** A schedule that ends in "p.m." followed by the sentence's own period would read "p.m..". */
function doubledPeriod(node: Node, parent: Node | undefined, collections: Collections): string | undefined {
  const siblings = parent?.children ?? [];
  const next = siblings[siblings.indexOf(node) + 1];
  if (next?.type !== 'text' || !String(next.value).startsWith('.')) return undefined;
  const { props } = attributeValues(node);
  const program = collections.get('programs')?.get(String(props['program']))?.data as { tracks?: Meeting[]; familyGroup?: Meeting } | undefined;
  const meeting = program ? findTrack({ tracks: (program.tracks ?? []) as never, familyGroup: program.familyGroup as never }, String(props['track'])) : undefined;
  const shown = meeting?.start && meeting.end && meeting.days ? formatMeeting(meeting, props['show'] === 'days' || props['show'] === 'time' ? props['show'] : 'both') : '';
  return shown.endsWith('.')
    ? `<TrackTime> shows "${shown}", which ends with a period, so the "." after it would read "${shown.slice(-4)}.". Leave out that period, or put the time in brackets or before the end of the sentence.`
    : undefined;
}

/** A component written in a plain .md file would show as nothing; say how to fix it. */
function componentInMarkdownProblems(entry: LoadedEntry): Problem[] {
  let fenced = false;
  return bodyLines(entry).flatMap(({ file, text }) => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    const tag = fenced ? null : /<([A-Z][A-Za-z0-9]*)\b/.exec(text.replace(/`[^`]*`/g, ''));
    if (!tag) return [];
    const name = tag[1] ?? '';
    return [
      {
        file,
        field: 'body',
        message: `<${name}> is a component, and components work only in .mdx files. Rename ${entry.filePath.replace(/:\d+$/, '')} to end in .mdx (the text stays as it is).`,
      },
    ];
  });
}

/** Articles open with <Summary> and then <KeyTakeaways>, so a reader gets the answer first. */
export function articleOpeningProblems(entry: LoadedEntry): Problem[] {
  const where = entry.bodyLine === undefined ? entry.filePath : `${entry.filePath}:${entry.bodyLine}`;
  const fix = 'Open the article with <Summary> … </Summary> and then <KeyTakeaways> (a list of 3 to 5 points); see content/README.md, "Add an article".';
  if (!isMdx(entry)) return [{ file: where, field: 'body', message: `Articles are MDX files so they can open with a summary. Rename the file to end in .mdx. ${fix}` }];
  const { tree } = parseBody(entry);
  if (!tree) return [];
  const blocks = (tree.children ?? []).filter((node) => !(node.type === 'mdxFlowExpression' && /^\/\*/.test(String(node.value ?? '').trim())));
  const [first, second] = blocks;
  const isA = (node: Node | undefined, name: string) => node?.type === 'mdxJsxFlowElement' && node.name === name;
  if (isA(first, 'Summary') && isA(second, 'KeyTakeaways')) return [];
  return [{ file: where, field: 'body', message: `This article does not open with a summary and key takeaways. ${fix}` }];
}

/* --------------------------------------------------------------------------
 * Clock times come from data (a program's tracks, a location's hours), never
 * typed into text, where they drift from the schedule tables.
 * ------------------------------------------------------------------------ */

const CLOCK_TIME = /\b(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?(?:a\.\s?m\.|p\.\s?m\.|am\b|pm\b)|\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:noon|midnight)\b/i;

/** A clock time typed into a body. */
export function clockTimeProblems(entry: LoadedEntry): Problem[] {
  let fenced = false;
  return bodyLines(entry).flatMap(({ file, text }) => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    // Attribute values and URLs are not prose.
    const prose = text.replace(/<[^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']').replace(/`[^`]*`/g, ' ');
    const match = fenced ? null : CLOCK_TIME.exec(prose);
    if (!match) return [];
    return [
      {
        file,
        field: 'body',
        message: `"${match[0]}" is a clock time typed by hand; times come from the schedule data, so they cannot drift. In an .mdx file write <TrackTime program="…" track="…" /> or <TrackSchedule program="…" />; for a location's hours, say "during the hours listed on this page".`,
      },
    ];
  });
}
