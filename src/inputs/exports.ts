// Macro libraries as helpdesks export them: Zendesk macros, Help Scout saved replies, Freshdesk
// canned responses, Gorgias macros, Intercom saved replies, Front templates, GitHub saved replies
// and generic lists of {title|name, body|text}, in JSON or YAML (json-export.ts and
// yaml-export.ts parse them, each loaded only for its own kind of file). Each macro becomes its
// own reply, named path#title, with every offset mapped back into the export file.
import { UsageError } from '../engine/errors.js';
import type { OffsetMap } from './offsets.js';
import { refinePlatform, type LintUnit, type Platform } from './unit.js';

/** The two parsers' trees seen through one small interface. */
export interface Tree<N> {
  kind(node: N): 'object' | 'array' | 'string' | 'other';
  get(node: N, key: string): N | undefined;
  items(node: N): N[];
  entries(node: N): Array<[string, N]>;
  text(node: N): string;
  /** The decoded string with its map into the file; undefined for non-strings. */
  string(node: N): { text: string; map: OffsetMap; encode?: (s: string) => string } | undefined;
}

/** An export file parsed, with the tree interface to read it. */
export interface ParsedExport<N> {
  syntax: 'json' | 'yaml';
  tree: Tree<N>;
  root: N;
}

export const EXPORT_FORMATS = ['zendesk', 'helpscout', 'freshdesk', 'gorgias', 'intercom', 'front', 'github', 'generic'] as const;

// ---- the shapes -------------------------------------------------------------------------------

interface Found<N> {
  item: N;
  body: N;
  html: boolean;
  platform: Platform;
}

const HTML_HINT = /<(?:p|div|br|span|a|strong|em|ul|ol|li|table|h[1-6])\b[^>]*>/i;

/** The reply text of one macro, and which platform's shape it has. */
function bodyOf<N>(tree: Tree<N>, item: N): Found<N> | undefined {
  const actions = tree.get(item, 'actions');
  if (actions) {
    for (const action of tree.items(actions)) {
      const field = tree.get(action, 'field');
      const name = tree.get(action, 'name');
      if (field && /^comment_value(_html)?$/.test(tree.text(field))) {
        let value = tree.get(action, 'value');
        if (value && tree.kind(value) === 'array') value = tree.items(value).filter((v) => tree.kind(v) === 'string').at(-1);
        if (value && tree.kind(value) === 'string') return { item, body: value, html: tree.text(field).endsWith('_html'), platform: 'zendesk' };
      }
      if (name && tree.text(name) === 'setResponseText') {
        const args = tree.get(action, 'arguments');
        const text = args && tree.get(args, 'body_text');
        const html = args && tree.get(args, 'body_html');
        if (text && tree.text(text).trim() !== '') return { item, body: text, html: false, platform: 'gorgias' };
        if (html) return { item, body: html, html: true, platform: 'gorgias' };
      }
    }
  }
  const fields: Array<[string, Platform, boolean]> = [
    ['content', 'freshdesk', false],
    ['content_html', 'freshdesk', true],
    ['text', 'helpscout', false],
    ['body', 'generic', false],
    ['body_text', 'generic', false],
    ['body_html', 'generic', true],
  ];
  for (const [key, platform, html] of fields) {
    const value = tree.get(item, key);
    if (value && tree.kind(value) === 'string' && tree.text(value).trim() !== '') {
      return { item, body: value, html: html || HTML_HINT.test(tree.text(value)), platform };
    }
  }
  return undefined;
}

/** The lists an export may keep its macros in: the root, or an array one or two levels down. */
function candidates<N>(tree: Tree<N>, root: N): N[] {
  if (tree.kind(root) === 'array') return tree.items(root);
  if (tree.kind(root) !== 'object') return [];
  for (const key of ['macro', 'saved_reply', 'canned_response', 'template']) {
    const single = tree.get(root, key);
    if (single && tree.kind(single) === 'object') return [single];
  }
  const lists: N[] = [];
  for (const [, value] of tree.entries(root)) {
    if (tree.kind(value) === 'array') lists.push(...tree.items(value));
    else if (tree.kind(value) === 'object') for (const [, inner] of tree.entries(value)) if (tree.kind(inner) === 'array') lists.push(...tree.items(inner));
  }
  return lists.length > 0 ? lists : [root];
}

function titleOf<N>(tree: Tree<N>, item: N, index: number): string {
  for (const key of ['title', 'name', 'subject', 'id']) {
    const value = tree.get(item, key);
    if (value && tree.text(value).trim() !== '') return tree.text(value).trim();
  }
  return `#${index + 1}`;
}

export interface ExportUnits {
  units: LintUnit[];
  /** Items seen, so an export with macros but no reply text can say so. */
  items: number;
}

function extract<N>(path: string, tree: Tree<N>, root: N, forced: Platform | undefined): ExportUnits {
  const items = candidates(tree, root).filter((n) => tree.kind(n) === 'object');
  const units: LintUnit[] = [];
  items.forEach((item, index) => {
    const found = bodyOf(tree, item);
    if (!found) return;
    const decoded = tree.string(found.body);
    if (!decoded) return;
    const title = titleOf(tree, item, index);
    units.push({
      name: `${path}#${title}`,
      text: decoded.text,
      format: found.html ? 'html' : 'text',
      map: decoded.map,
      encode: decoded.encode,
      platform: forced ?? refinePlatform(found.platform, decoded.text),
    });
  });
  return { units, items: items.length };
}

const SUPPORTED =
  'Zendesk macros, Help Scout saved replies, Freshdesk canned responses, Gorgias macros, Intercom saved replies, Front templates, GitHub .github/replies.yml, or a list of {title, body}';

export function exportUnits<N>(path: string, source: string, parsed: ParsedExport<N>, forced?: Platform): LintUnit[] {
  const result = extract(path, parsed.tree, parsed.root, forced);
  if (result.units.length > 0) return result.units;
  if (result.items > 0 && parsed.syntax === 'json' && /"(?:actions|title|name)"/.test(source)) {
    throw new UsageError(`${path}: found ${result.items} entries but no reply text in them; check that the export includes the macro bodies`);
  }
  throw new UsageError(
    `${path}: no replies found; replylint reads ${SUPPORTED} (use --input-format text to lint the file as one draft)`,
  );
}
