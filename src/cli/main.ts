// The command line: a thin layer that reads inputs, lints them and prints a report.
// Every failure of the run itself is one line on stderr and exit code 2.
import { Command, CommanderError, Option } from 'commander';
import { Chalk } from 'chalk';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../engine/errors.js';
import { PRESETS } from '../presets.js';
import { explain, rulesJson, rulesTable } from './commands.js';
import { init } from './init.js';
import { getFormatter, FORMATS, type FormatName } from '../formatters/index.js';
import { total } from '../formatters/counts.js';
import type { FileResult } from '../types.js';
import { expandInputs, type Input } from './inputs.js';
import { readBytes, readStdinBytes } from './read.js';
import { INPUT_FORMATS, type InputFormat } from '../inputs/read.js';
import { globMatcher } from '../globs.js';
import { fixUntilStable, writeAtomically } from '../fix.js';
import { DEFAULT_CACHE_LOCATION, ResultCache } from './cache.js';
import { openSession, type Session } from './session.js';
import { lintInPool, poolAvailable, settleWithoutPool, workerCount } from './pool.js';

export { setModuleImporter } from '../import-module.js';
export { setWorkerEntry, setEarlyWorker } from './pool.js';
export { servePool } from './pool-worker.js';

declare const REPLYLINT_VERSION: string;
const VERSION = typeof REPLYLINT_VERSION === 'string' ? REPLYLINT_VERSION : '0.0.0-dev';

interface Flags {
  ignorePath?: string;
  ignore: boolean;
  config?: string;
  printConfig?: string;
  reportUnusedDirectives?: boolean;
  outputFile?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  original?: string;
  preset?: string;
  inputFormat?: InputFormat;
  format: FormatName;
  quiet?: boolean;
  maxWarnings?: number;
  rule: string[];
  color: boolean;
  stdinFilename?: string;
  cache?: boolean;
  cacheLocation?: string;
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdinIsTTY: boolean;
  env: NodeJS.ProcessEnv;
}

const defaultIo = (): Io => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  // A getter: opening stdin costs ~2 ms, and only a run without file arguments asks.
  get stdinIsTTY() {
    return Boolean(process.stdin.isTTY);
  },
  env: process.env,
});

function program(io: Io): Command {
  return new Command('replylint')
    .description('Lint customer support replies before you press Send.')
    .usage('[options] [files, folders or globs...]\n       replylint rules [--format json]\n       replylint explain <rule>\n       replylint init')
    .argument('[inputs...]', 'drafts to lint: files, folders (their .txt/.md files), globs, or - for stdin')
    .option('-c, --config <file>', 'use this configuration file instead of searching for one')
    .option('--print-config <file>', 'print the configuration that applies to a file, and exit')
    .option('--ignore-path <file>', 'read ignore patterns from this file instead of .replylintignore')
    .option('--no-ignore', 'lint files even when .replylintignore names them')
    .option('--original <file>', "the customer's message the draft answers")
    .option('--fix', 'apply the safe rewrites to the files (stdin: print the fixed text)')
    .option('--fix-dry-run', 'work out the safe rewrites but write nothing (JSON shows the fixed text as "output")')
    .addOption(new Option('--input-format <format>', 'read every input as this format instead of guessing from its name and content').choices(INPUT_FORMATS))
    .option('--preset <name>', `rule set to start from: ${PRESETS.join(', ')} (default recommended)`)
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('--quiet', 'report errors only')
    .option('--report-unused-directives', 'warn about replylint-disable comments that switch nothing off')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('--rule <id:severity>', 'set a rule\'s severity, e.g. --rule hedging:error (repeatable)', collect, [])
    .option('--no-color', 'plain output without colours')
    .option('--stdin-filename <name>', 'the name to report for text read from stdin')
    .option('--cache', 'reuse the results of files whose content and configuration have not changed')
    .option('--cache-location <file>', `where --cache keeps its results (default ${DEFAULT_CACHE_LOCATION})`)
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: () => undefined });
}

/**
 * Lints files on worker threads when there are enough of them; the cache answers what it can
 * first. Without a pool this returns what the cache answered (or nothing) and the main loop
 * lints the rest.
 */
async function lintFilesInPool(
  inputs: readonly Input[],
  session: Session,
  flags: Flags,
  cache: ResultCache | undefined,
  cacheKey: (name: string, bytes: Uint8Array) => string,
  env: NodeJS.ProcessEnv,
): Promise<Array<FileResult[] | undefined>> {
  const files = inputs.flatMap((input, index) => (input.kind === 'file' ? [{ index, path: input.path, key: '' }] : []));
  const out: Array<FileResult[] | undefined> = new Array(inputs.length);
  // The cache answers first (from the bytes alone: a file it knows is not decoded); the pool is
  // sized by what is left to lint.
  const pool = poolAvailable() && workerCount(files.length, env) >= 2;
  const misses = !pool || !cache ? files : files.filter((file) => {
    file.key = cacheKey(file.path, readBytes(file.path));
    out[file.index] = cache.get(file.path, file.key);
    return out[file.index] === undefined;
  });
  const threads = pool ? workerCount(misses.length, env) : 0;
  if (threads < 2) {
    // The main loop lints what is left, and asks the cache itself.
    await settleWithoutPool(misses.length);
    return out;
  }
  const linted = await lintInPool(misses.map((m) => m.path), flags, threads, session.lintFile);
  for (const [i, miss] of misses.entries()) {
    out[miss.index] = linted[i];
    cache?.set(miss.path, miss.key, linted[i]!);
  }
  return out;
}

/** A cache that cannot be written costs the next run time, not this run's result: warn and go on. */
function saveCache(cache: ResultCache | undefined, io: Io): void {
  try {
    cache?.save();
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    io.stderr(`replylint: ${cache!.location}: cannot write the cache (${reason}); choose a writable --cache-location\n`);
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--max-warnings: expected a whole number of 0 or more, found "${value}"`);
  return n;
}

/** `replylint rules [--format json]` and `replylint explain <rule>`. */
function subcommand(argv: string[], io: Io): number | undefined {
  if (argv[0] === 'rules') {
    const rest = argv.slice(1);
    const json = rest.join(' ').replace('=', ' ') === '--format json' || rest.join(' ') === '-f json';
    if (rest.length > 0 && !json) throw new UsageError(`rules: unexpected "${rest.join(' ')}"; use replylint rules [--format json]`);
    io.stdout(json ? rulesJson() : rulesTable());
    return 0;
  }
  if (argv[0] === 'init') {
    if (argv.length !== 1) throw new UsageError('init: takes no arguments; run it in the folder to configure');
    io.stdout(`wrote ${init(process.cwd())}\n`);
    return 0;
  }
  if (argv[0] === 'explain') {
    if (argv.length !== 2) throw new UsageError('explain: name one rule, e.g. replylint explain hedging (replylint rules lists them)');
    io.stdout(explain(argv[1]));
    return 0;
  }
  return undefined;
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  try {
    const done = subcommand(argv, io);
    if (done !== undefined) return done;
    const cmd = program(io);
    cmd.parse(argv, { from: 'user' });
    return await run(cmd.args, cmd.opts<Flags>(), io);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      const message = error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ');
      io.stderr(`replylint: ${message}; see replylint --help\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`replylint: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`replylint: internal error: ${message} (please report this with the draft that caused it)\n`);
    return 2;
  }
}

async function run(args: string[], flags: Flags, io: Io): Promise<number> {
  let fixedStdin: string | undefined;
  const session = await openSession(flags, process.cwd());
  const { fileConfig, preset, enabledFor, original } = session;
  const enabled = enabledFor(flags.printConfig ?? '.');
  if (flags.printConfig !== undefined) {
    const rules = Object.fromEntries(enabled.map((e) => [e.rule.meta.id, Object.keys(e.options).length ? [e.severity, e.options] : e.severity]));
    io.stdout(`${JSON.stringify({ configFile: fileConfig.filepath ?? null, preset: preset ?? 'recommended', rules, dictionary: fileConfig.dictionary, phrases: fileConfig.phrases }, null, 2)}\n`);
    return 0;
  }
  const ignoreFile = flags.ignore ? await ignoreTest(process.cwd(), flags.ignorePath) : () => false;
  const configIgnored = flags.ignore && fileConfig.ignore.length > 0 ? globMatcher(fileConfig.ignore) : undefined;
  // The path relative to the working folder only when a configuration ignores something.
  const ignored = (path: string): boolean =>
    ignoreFile(path) || (configIgnored !== undefined && configIgnored(relative(process.cwd(), resolve(path)).split(sep).join('/')));
  const inputs = args.length > 0 ? await expandInputs(args, ignored) : io.stdinIsTTY ? [] : await expandInputs(['-']);
  if (inputs.length === 0 && args.length > 0) {
    const by = [flags.ignorePath ?? '.replylintignore', configIgnored ? 'the configuration\'s "ignore"' : ''].filter(Boolean).join(' or ');
    throw new UsageError(`every file given is ignored by ${by}; use --no-ignore to lint them`);
  }
  if (inputs.length === 0) throw new UsageError('no drafts given: name a file, a folder or a glob, or pipe text in with -');

  const cache = flags.cache ? ResultCache.open(flags.cacheLocation ?? DEFAULT_CACHE_LOCATION, VERSION) : undefined;
  const configPrints = new WeakMap<object, string>();
  const cacheKey = (name: string, bytes: Uint8Array): string => {
    const enabled = enabledFor(name);
    let print = configPrints.get(enabled);
    if (print === undefined) {
      print = cache!.key([enabled.map((e) => ({ rule: e.rule, severity: e.severity, options: e.options })), fileConfig]);
      configPrints.set(enabled, print);
    }
    return cache!.key([print, name, flags.inputFormat ?? '', original ?? '', Boolean(flags.reportUnusedDirectives), bytes]);
  };

  const results: FileResult[] = [];
  const writes: Array<{ path: string; text: string }> = [];
  const fixing = Boolean(flags.fix || flags.fixDryRun);
  const pooled = fixing ? (await settleWithoutPool(0), []) : await lintFilesInPool(inputs, session, flags, cache, cacheKey, io.env);
  for (const [i, input] of inputs.entries()) {
    const name = input.kind === 'stdin' ? flags.stdinFilename ?? '<stdin>' : input.path;
    let fileResults = pooled[i];
    if (!fileResults) {
      const bytes = input.kind === 'stdin' ? await readStdinBytes() : readBytes(input.path);
      const source = session.decode(bytes, name);
      const cacheable = cache !== undefined && input.kind === 'file' && !fixing;
      const key = cacheable ? cacheKey(name, bytes) : '';
      fileResults = cacheable ? cache.get(name, key) : undefined;
      if (!fileResults) {
        fileResults = await session.lintSource(name, source, bytes);
        if (cacheable) cache.set(name, key, fileResults);
      }
      if (fixing && source.trim() !== '') {
        const fixed = await fixUntilStable(source, async (text) => (await session.lintSource(name, text)).flatMap((r) => r.findings.flatMap((f) => (f.fix ? [f.fix] : []))));
        if (fixed.text !== source) {
          fileResults = (await session.lintSource(name, fixed.text)).map((r) => ({ ...r, output: fixed.text }));
          if (flags.fix && input.kind === 'file') writes.push({ path: input.path, text: fixed.text });
          if (flags.fix && input.kind === 'stdin') fixedStdin = fixed.text;
        } else if (flags.fix && input.kind === 'stdin') {
          fixedStdin = source;
        }
      }
    }
    for (const result of fileResults) {
      if (flags.quiet) result.findings = result.findings.filter((f) => f.severity === 'error');
      results.push(result);
    }
  }
  // Nothing is written unless every input was read and linted: a failing run changes no file.
  for (const { path, text } of writes) writeAtomically(path, text);
  saveCache(cache, io);
  if (fixedStdin !== undefined && flags.format === 'stylish') {
    io.stdout(fixedStdin);
    return total(results).errorCount > 0 ? 1 : 0;
  }

  const report = getFormatter(flags.format)(results, flags.outputFile ? new Chalk({ level: 0 }) : colors(flags, io.env));
  if (flags.outputFile) writeReport(flags.outputFile, report);
  else io.stdout(report);
  const sum = total(results);
  const tooManyWarnings = flags.maxWarnings !== undefined && sum.warningCount > flags.maxWarnings;
  if (tooManyWarnings) {
    const warnings = `${sum.warningCount} warning${sum.warningCount === 1 ? '' : 's'}`;
    io.stderr(`replylint: ${warnings}, more than --max-warnings ${flags.maxWarnings} allows\n`);
  }
  return sum.errorCount > 0 || tooManyWarnings ? 1 : 0;
}

/** .replylintignore (or --ignore-path) in gitignore syntax, with the "ignore" package. */
async function ignoreTest(cwd: string, path?: string): Promise<(file: string) => boolean> {
  const file = path ?? join(cwd, '.replylintignore');
  if (!existsSync(file)) {
    if (path) throw new UsageError(`--ignore-path ${path}: no such file; check the path`);
    return () => false;
  }
  const loaded = (await import('ignore')) as unknown as { default: () => { add(p: string): { ignores(p: string): boolean } } };
  const rules = loaded.default().add(readFileSync(file, 'utf8'));
  return (candidate) => {
    const rel = relative(cwd, resolve(cwd, candidate));
    return rel !== '' && !rel.startsWith('..') && rules.ignores(rel.split(sep).join('/'));
  };
}

function writeReport(path: string, report: string): void {
  try {
    writeFileSync(path, report);
  } catch (error) {
    throw new UsageError(`--output-file ${path}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check the folder exists`);
  }
}

function colors(flags: Flags, env: NodeJS.ProcessEnv): InstanceType<typeof Chalk> {
  if (!flags.color || (env.NO_COLOR !== undefined && env.NO_COLOR !== '' && env.FORCE_COLOR === undefined)) return new Chalk({ level: 0 });
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return new Chalk({ level: 1 });
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return new Chalk({ level: 0 });
  return new Chalk({ level: process.stdout.isTTY ? 1 : 0 });
}
