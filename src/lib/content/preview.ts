/**
 * Content problems in the live preview (`npm run dev`): the loaders report
 * what they find here instead of stopping the server, and the preview
 * integration (src/integrations/content-preview.ts) shows them in the
 * browser's error overlay. Shared through globalThis, because the loaders and
 * the integration are loaded separately in the same process.
 */
import { isAbsolute, join, relative } from 'node:path';
import type { Problem } from './rules';

type Sink = (problems: readonly Problem[]) => void;
type Registry = { byKey: Map<string, readonly Problem[]>; sinks: Set<Sink> };

const KEY = Symbol.for('lantern-hill.content-preview');

function registry(): Registry {
  const scope = globalThis as typeof globalThis & { [KEY]?: Registry };
  scope[KEY] ??= { byKey: new Map(), sinks: new Set() };
  return scope[KEY];
}

/** Every problem the preview knows of now, in a stable order. */
export function previewProblems(): Problem[] {
  return [...registry().byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).flatMap(([, problems]) => problems);
}

/** Replaces the problems one loader (`key`, its collection) found, and tells the preview. */
export function setPreviewProblems(key: string, problems: readonly Problem[]): void {
  const { byKey, sinks } = registry();
  const before = byKey.get(key) ?? [];
  if (problems.length === 0) byKey.delete(key);
  else byKey.set(key, problems);
  if (before.length === 0 && problems.length === 0) return;
  const all = previewProblems();
  for (const sink of sinks) sink(all);
}

/** Calls `sink` with all problems whenever they change (and once now). Returns a function that stops it. */
export function onPreviewProblems(sink: Sink): () => void {
  registry().sinks.add(sink);
  sink(previewProblems());
  return () => registry().sinks.delete(sink);
}

/** Text without Markdown emphasis or terminal colours: what an editor reads in the terminal and the browser. */
export function plainText(text: string): string {
  return text
    .replace(/\x1b\[[0-9;]*m/g, '')
    .replace(/\*\*\*\*: /g, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .trim();
}

/** "content/x.md:12:3" → its parts. */
export function splitPlace(place: string): { file: string; line?: number; column?: number } {
  const match = /^(.*?)(?::(\d+))?(?::(\d+))?$/.exec(place);
  const file = match?.[1] ?? place;
  const line = match?.[2] ? Number(match[2]) : undefined;
  const column = match?.[3] ? Number(match[3]) : undefined;
  return { file, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) };
}

/** Any error a loader throws, as problems with a file, a field and a plain message. */
export function problemsOf(error: unknown, root: string): Problem[] {
  if (error && typeof error === 'object' && Array.isArray((error as { problems?: unknown }).problems)) {
    return [...(error as { problems: Problem[] }).problems];
  }
  const err = error instanceof Error ? error : new Error(String(error));
  const loc = (err as { loc?: { file?: string; line?: number; column?: number } }).loc;
  const rel = (file: string) => (isAbsolute(file) ? relative(root, file) : file);
  const file = loc?.file ? `${rel(loc.file.replace(/^file:\/\//, ''))}${loc.line ? `:${loc.line}${loc.column !== undefined ? `:${loc.column}` : ''}` : ''}` : 'content';
  const message = plainText(err.message).replaceAll(`${root.replace(/\/$/, '')}/`, '');
  return [{ file, field: err.name === 'Error' ? 'content' : err.name, message }];
}

/** The terminal's and the overlay's text for a list of problems. */
export function previewMessage(problems: readonly Problem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [
    `Content check found ${problems.length} ${noun}. The preview keeps running and shows the last good version; fix the file and save:`,
    ...problems.map((p) => `  ${p.file}\n    ${p.field}: ${p.message}`),
  ].join('\n');
}

/** Vite's error overlay message for the problems: the first one gives the file and line the overlay links to. */
export function overlayPayload(problems: readonly Problem[], root: string) {
  const first = splitPlace(problems[0]?.file ?? 'content');
  const file = join(root, first.file);
  return {
    type: 'error' as const,
    err: {
      message: previewMessage(problems),
      stack: '',
      id: file,
      plugin: 'content-check',
      loc: { file, line: first.line ?? 1, column: first.column ?? 1 },
    },
  };
}
