// Turns a file (or stdin) into the replies to lint: the format comes from --input-format, the
// file's extension, or its content, in that order.
import { UsageError } from '../engine/errors.js';
import { shiftMap } from './offsets.js';
import { PLATFORMS, refinePlatform, type LintUnit, type Platform } from './unit.js';

// The parsers for exports, HTML and e-mail load only when a file needs them: a plain draft
// never pays for jsonc-parser, yaml, parse5 or postal-mime at start-up.
const exportsModule = () => import('./exports.js');
const jsonExportModule = () => import('./json-export.js');
const yamlExportModule = () => import('./yaml-export.js');
const htmlModule = () => import('./html.js');
const emlModule = () => import('./eml.js');

export const INPUT_FORMATS = ['text', 'markdown', 'html', 'eml', 'json', 'yaml', ...PLATFORMS.filter((p) => p !== 'generic')] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

type Kind = 'text' | 'html' | 'eml' | 'json' | 'yaml';

function kindOf(path: string, source: string, forced?: InputFormat): { kind: Kind; platform?: Platform } {
  if (forced) {
    if (forced === 'markdown') return { kind: 'text' };
    if ((PLATFORMS as readonly string[]).includes(forced)) return { kind: /\.ya?ml$/i.test(path) ? 'yaml' : 'json', platform: forced as Platform };
    return { kind: forced as Kind };
  }
  if (/\.html?$/i.test(path)) return { kind: 'html' };
  if (/\.eml$/i.test(path)) return { kind: 'eml' };
  if (/\.json$/i.test(path)) return { kind: 'json' };
  if (/\.ya?ml$/i.test(path)) return { kind: 'yaml', platform: /replies\.ya?ml$/i.test(path) ? 'github' : undefined };
  if (/\.(?:txt|md|markdown)$/i.test(path)) return { kind: 'text' };
  // stdin or an unknown extension: look at the content.
  const head = source.trimStart().slice(0, 400);
  if (/^[[{]/.test(head)) return { kind: 'json' };
  if (/^(?:From|Received|Return-Path|MIME-Version|Message-ID|Date|Subject):/im.test(head) && /\r?\n\r?\n/.test(source)) return { kind: 'eml' };
  if (/^<(?:!doctype|html|div|p|body|table|span)\b/i.test(head)) return { kind: 'html' };
  return { kind: 'text' };
}

/** "---\ntitle: …\nplatform: …\n---\n" at the top of a Markdown macro. */
async function frontMatter(path: string, source: string): Promise<LintUnit | undefined> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!m) return undefined;
  let data: unknown;
  try {
    data = (await import('yaml')).parse(m[1]);
  } catch (error) {
    throw new UsageError(`${path}: invalid YAML front matter (${(error as Error).message.split('\n')[0]}); fix the block between the --- lines`);
  }
  const meta = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const base = m[0].length;
  const text = source.slice(base);
  const platform = typeof meta.platform === 'string' && (PLATFORMS as readonly string[]).includes(meta.platform) ? (meta.platform as Platform) : undefined;
  return { name: path, text, format: 'text', map: shiftMap(base), encode: (s) => s, platform: platform ?? refinePlatform('generic', text) };
}

export interface ReadResult {
  /** The file as read: line and column of every finding are counted in it. */
  source: string;
  units: LintUnit[];
}

/** `bytes` are the file's own, needed for e-mail only; without them the text is encoded again. */
export async function readUnits(path: string, bytes: Uint8Array | undefined, source: string, forced?: InputFormat): Promise<ReadResult> {
  const { kind, platform } = kindOf(path, source, forced);
  switch (kind) {
    case 'json':
    case 'yaml': {
      const { exportUnits } = await exportsModule();
      const units =
        kind === 'json'
          ? exportUnits(path, source, (await jsonExportModule()).jsonExport(path, source), platform)
          : exportUnits(path, source, (await yamlExportModule()).yamlExport(path, source), platform);
      return { source, units: units.some((u) => u.format === 'html') ? await reduceHtml(units) : units };
    }
    case 'html': {
      const visible = (await htmlModule()).visibleText(source);
      return { source, units: [{ name: path, text: visible.text, format: 'text', map: visible.map }] };
    }
    case 'eml': {
      const email = await (await emlModule()).readEmail(path, bytes ?? Buffer.from(source), source);
      return { source, units: [email.unit] };
    }
    default: {
      const unit = (await frontMatter(path, source)) ?? { name: path, text: source, format: 'text', map: shiftMap(0), encode: (s: string) => s, platform: refinePlatform('generic', source) };
      return { source, units: [unit] };
    }
  }
}

/** An HTML body inside an export: its visible text, mapped through the body into the file. */
async function reduceHtml(units: LintUnit[]): Promise<LintUnit[]> {
  const { visibleText } = await htmlModule();
  return units.map((unit) => {
    if (unit.format !== 'html') return unit;
    const visible = visibleText(unit.text);
    return { ...unit, format: 'text', text: visible.text, map: { toFile: (offset: number) => unit.map.toFile(visible.map.toFile(offset)) }, encode: undefined };
  });
}

/** The customer's message from --original: an e-mail gives its text and the sender's name. */
export async function readOriginal(path: string, bytes: Uint8Array, source: string): Promise<{ text: string; name?: string }> {
  if (/\.eml$/i.test(path) || kindOf(path, source).kind === 'eml') {
    const email = await (await emlModule()).readEmail(path, bytes, source);
    return { text: email.text, name: email.fromName };
  }
  if (/\.html?$/i.test(path)) return { text: (await htmlModule()).visibleText(source).text };
  return { text: source };
}
