// Turns the command line's files, folders and globs into the list of drafts to lint.
import { readdirSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { UsageError } from '../engine/errors.js';

export const DRAFT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'eml'];
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export type Input = { kind: 'stdin' } | { kind: 'file'; path: string };

/** Decides whether a path is ignored (gitignore syntax, relative to the working folder). */
export type IgnoreTest = (path: string) => boolean;

/** tinyglobby (and the picomatch it loads) only for folders and globs: a single draft never pays. */
const globber = () => import('tinyglobby');

export async function expandInputs(args: readonly string[], ignored: IgnoreTest = () => false): Promise<Input[]> {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const add = (path: string): void => {
    if (seen.has(path) || ignored(path)) return;
    seen.add(path);
    inputs.push({ kind: 'file', path });
  };
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin' });
      continue;
    }
    const stat = statOrUndefined(arg);
    if (stat?.isDirectory()) {
      const files = draftsUnder(arg);
      if (files.length === 0) throw new UsageError(`${arg}: folder has no drafts (.txt, .md, .markdown, .html or .eml files); give a file or another folder`);
      for (const file of files.sort()) add(joinPath(arg, file));
    } else if (stat) {
      add(arg);
    } else if ((await globber()).isDynamicPattern(arg)) {
      const files = await globFiles(arg);
      if (files.length === 0) throw new UsageError(`${arg}: no files match this pattern; check the glob (quote it so the shell does not expand it)`);
      for (const file of files.sort()) add(file);
    } else {
      throw new UsageError(`${arg}: no such file or folder; check the path`);
    }
  }
  return inputs;
}

/**
 * The files a glob matches, as paths relative to the working folder (as tinyglobby gives them).
 * The crawl starts at the pattern's static part: "/tmp/drafts/*.txt" from the working folder
 * made tinyglobby walk from the file system's root (~40 ms for three files).
 */
async function globFiles(pattern: string): Promise<string[]> {
  const { globSync, isDynamicPattern } = await globber();
  const parts = pattern.split('/');
  let fixed = 0;
  while (fixed < parts.length - 1 && !isDynamicPattern(parts[fixed]!)) fixed++;
  const base = fixed === 0 ? '' : parts.slice(0, fixed).join('/') || '/';
  const rest = parts.slice(fixed).join('/');
  // The ignore list is relative to the crawl's folder; a node_modules above it needs the filter.
  const found = globSync(rest, { cwd: base || '.', ignore: ALWAYS_SKIPPED });
  return found.map((file) => (base ? relative(process.cwd(), resolve(base, file)) : file)).filter((file) => !/(?:^|\/)(?:node_modules|\.git)\//.test(file));
}

const DRAFT_FILE = new RegExp(`\\.(?:${DRAFT_EXTENSIONS.join('|')})$`);

/**
 * The drafts in a folder and its subfolders, as paths relative to it: what the glob
 * "**\/*.{txt,md,…}" finds without dot files, node_modules or .git, walked directly (a folder of
 * 1,000 drafts took ~40 ms through tinyglobby and picomatch, ~5 ms this way).
 */
function draftsUnder(root: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(prefix ? joinPath(root, prefix) : root, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...draftsUnder(root, relative));
    else if ((entry.isFile() || entry.isSymbolicLink()) && DRAFT_FILE.test(entry.name)) found.push(relative);
  }
  return found;
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? `${dir}${file}` : `${dir}/${file}`;
}
