// Reads a Cloudflare Pages / Netlify `_headers` file and answers which
// headers apply to a path. Used by the local server and by the tests, so
// what is tested is what a host that reads `_headers` would send.

/**
 * @typedef {{ pattern: string, headers: [string, string][] }} HeaderRule
 */

/** Parses `_headers` text into rules, in file order. @returns {HeaderRule[]} */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detach = /^\s+!\s*([\w-]+)\s*$/.exec(raw);
    if (rule && detach) {
      rule.headers.push([`!${detach[1]}`, '']);
      continue;
    }
    const colon = raw.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: a header line must follow a path and read "Name: value"; found "${raw.trim()}"`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` path pattern (with `*` splats) matches a request path. */
export function patternMatches(pattern, path) {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(path);
}

/** The headers for a path: every matching rule applies in order, values of the same name join with ", ", and "! Name" removes one. */
export function headersFor(rules, path) {
  /** @type {Map<string, string>} */
  const result = new Map();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      if (name.startsWith('!')) {
        result.delete(name.slice(1).toLowerCase());
        continue;
      }
      const key = name.toLowerCase();
      result.set(key, result.has(key) ? `${result.get(key)}, ${value}` : value);
    }
  }
  return result;
}
