/**
 * The catalogue's examples: one small .mdx file per component variant, named
 * "<order>-<component>[-<variant>].mdx". The catalogue page renders them, the
 * guide (content/README.md) quotes them, and a test checks all three agree.
 */
import { MDX_COMPONENT_NAMES, type MdxComponentName } from '../registry';

/** The component an example file shows, from its name: "04-callout-safety.mdx" → "Callout". */
export function exampleName(file: string): MdxComponentName {
  const stem = (file.split('/').pop() ?? '').replace(/^\d+-/, '').replace(/\.mdx$/, '').split('-')[0] ?? '';
  const name = MDX_COMPONENT_NAMES.find((known) => known.toLowerCase() === stem);
  if (!name) throw new Error(`${file}: the example's name does not start with a component name (after its number).`);
  return name;
}
