// Team configuration through cosmiconfig (name "replylint"): .replylintrc (JSON or YAML),
// .replylintrc.{json,yaml,yml,js,cjs,mjs}, replylint.config.{js,mjs,cjs}, package.json#replylint,
// or --config FILE. Every mistake is one message: file, key path, what was expected, what was found.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './engine/errors.js';
import { definePhraseRule } from './engine/rule.js';
import { compilePattern, PatternError } from './engine/phrases.js';
import { importModule } from './import-module.js';
import { PRESETS, type PresetName } from './presets.js';
import { resolveRules, rulesById, type RuleSetting } from './config.js';
import type { EnabledRule } from './engine/lint.js';
import { globMatcher, loadGlobMatcher } from './globs.js';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { addPlaceholderPatterns } from './document/opaque.js';
import { SEVERITIES, type Rule, type Severity } from './types.js';

export interface TeamPhrase {
  find: string;
  replace: string[];
  message: string;
  severity: Exclude<Severity, 'off'>;
}

export interface Override {
  files: string[];
  rules: Record<string, RuleSetting>;
}

export interface FileConfig {
  /** Where it was read from, for messages and --print-config. */
  filepath?: string;
  /** Rules from the plugins the configuration names. */
  plugins: Rule[];
  /** Extra placeholder syntaxes (regular expressions) to treat as opaque. */
  placeholders: string[];
  preset?: PresetName;
  rules: Record<string, RuleSetting>;
  dictionary: string[];
  phrases: TeamPhrase[];
  /** Globs (relative to the working folder) that folders and globs skip, like .replylintignore. */
  ignore: string[];
  /** Rule settings for files matching globs, applied in order after `rules`. */
  overrides: Override[];
}

const SEARCH_PLACES = [
  'package.json', '.replylintrc', '.replylintrc.json', '.replylintrc.yaml', '.replylintrc.yml', '.replylintrc.js',
  '.replylintrc.cjs', '.replylintrc.mjs', 'replylint.config.js', 'replylint.config.mjs', 'replylint.config.cjs', 'replylint.config.ts',
];
const KEYS = ['extends', 'rules', 'phrases', 'dictionary', 'plugins', 'placeholders', 'ignore', 'overrides'];
const NOT_YET: string[] = [];

const show = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value));

/** Whether the working folder holds a configuration, checked without loading cosmiconfig. */
function hasConfig(cwd: string): boolean {
  for (const place of SEARCH_PLACES) {
    const path = join(cwd, place);
    if (!existsSync(path)) continue;
    if (place !== 'package.json') return true;
    try {
      if ((JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>).replylint !== undefined) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * The configuration of the working folder (or --config FILE). cosmiconfig is loaded only when
 * there is one, so a plain run starts as fast as before.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<FileConfig> {
  if (!explicit && !hasConfig(cwd)) return emptyConfig();
  // cosmiconfig is CommonJS: bundled, its exports may sit under "default".
  const loaded = (await import('cosmiconfig')) as typeof import('cosmiconfig') & { default?: typeof import('cosmiconfig') };
  const cosmiconfig = loaded.cosmiconfig ?? loaded.default!.cosmiconfig;
  const explorer = cosmiconfig('replylint', { searchPlaces: SEARCH_PLACES, stopDir: cwd });
  let found: { config: unknown; filepath: string } | null;
  try {
    found = explicit ? await explorer.load(explicit) : await explorer.search(cwd);
  } catch (error) {
    const where = explicit ?? 'configuration';
    const reason = (error as Error).message.split('\n')[0];
    throw new UsageError(`${where}: cannot read the configuration (${reason}); fix the file or pass another with --config`);
  }
  if (!found) return emptyConfig();
  const config = await resolveConfig(found.config, found.filepath, explorer, new Set());
  if (config.overrides.length > 0 || config.ignore.length > 0) await loadGlobMatcher();
  return config;
}

type Explorer = { load(path: string): Promise<{ config: unknown; filepath: string } | null> };

/**
 * Plugins are loaded and a base configuration (extends: "./base.json" or a package) is merged
 * under this one before the whole is validated.
 */
async function resolveConfig(raw: unknown, file: string, explorer: Explorer, seen: Set<string>): Promise<FileConfig> {
  const record = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  const plugins = record ? await loadPlugins(record.plugins, file) : [];
  const extend = record?.extends;
  if (typeof extend === 'string' && !(PRESETS as readonly string[]).includes(extend.replace(/^replylint:/, ''))) {
    const basePath = resolveModule(extend, file, 'extends');
    if (seen.has(basePath)) throw new UsageError(`${file}: extends: "${extend}" extends itself in a loop`);
    seen.add(basePath);
    const loaded = await explorer.load(basePath).catch((error: Error) => {
      throw new UsageError(`${file}: extends: cannot read "${extend}" (${error.message.split('\n')[0]})`);
    });
    const base = await resolveConfig(loaded?.config ?? {}, basePath, explorer, seen);
    const own = validateConfig({ ...record, extends: undefined }, file, [...base.plugins, ...plugins]);
    return {
      ...own,
      preset: own.preset ?? base.preset,
      rules: { ...base.rules, ...own.rules },
      dictionary: [...base.dictionary, ...own.dictionary],
      phrases: [...base.phrases, ...own.phrases],
      ignore: [...base.ignore, ...own.ignore],
      overrides: [...base.overrides, ...own.overrides],
      plugins: [...base.plugins, ...plugins],
      placeholders: [...base.placeholders, ...own.placeholders],
    };
  }
  return { ...validateConfig(raw, file, plugins), plugins };
}

/** A relative path from the configuration's folder, or a package name from there. */
function resolveModule(specifier: string, file: string, key: string): string {
  if (/^\.{1,2}\//.test(specifier) || isAbsolute(specifier)) return resolve(dirname(file), specifier);
  try {
    return createRequire(file).resolve(specifier);
  } catch {
    if (key === 'extends') throw new UsageError(`${file}: extends: expected a preset: ${PRESETS.join(', ')}, a file path starting with ./ or an installed package, found "${specifier}"`);
    throw new UsageError(`${file}: ${key}: cannot find "${specifier}"; install the package or give a path starting with ./`);
  }
}

/** Each plugin exports rules ({ rules: [...] } or an array) with the same contract as built-in ones. */
async function loadPlugins(value: unknown, file: string): Promise<Rule[]> {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((p) => typeof p === 'string')) {
    throw new UsageError(`${file}: plugins: expected a list of module paths or package names, found ${show(value)}`);
  }
  const rules: Rule[] = [];
  for (const [i, specifier] of (value as string[]).entries()) {
    const path = resolveModule(specifier, file, `plugins[${i}]`);
    let mod: Record<string, unknown>;
    try {
      mod = await importModule(pathToFileURL(path).href);
    } catch (error) {
      throw new UsageError(`${file}: plugins[${i}]: cannot load "${specifier}" (${(error as Error).message.split('\n')[0]})`);
    }
    const exported = (mod.rules ?? (mod.default as Record<string, unknown> | undefined)?.rules ?? mod.default) as unknown;
    const list = Array.isArray(exported) ? exported : exported && typeof exported === 'object' ? Object.values(exported) : [];
    if (list.length === 0) throw new UsageError(`${file}: plugins[${i}]: "${specifier}" exports no rules; export { rules: [...] }`);
    for (const rule of list as Rule[]) {
      const id = rule?.meta?.id;
      if (typeof id !== 'string' || typeof rule.check !== 'function' || !rule.meta.summary || !(SEVERITIES as readonly string[]).includes(rule.meta.severity)) {
        throw new UsageError(`${file}: plugins[${i}]: "${specifier}" has a rule without meta.id, meta.severity, meta.summary or check()`);
      }
      if (rulesById.has(id) || rules.some((r) => r.meta.id === id)) throw new UsageError(`${file}: plugins[${i}]: rule id "${id}" is already taken`);
      rules.push(rule);
    }
  }
  return rules;
}

export function emptyConfig(): FileConfig {
  return { rules: {}, dictionary: [], phrases: [], ignore: [], overrides: [], plugins: [], placeholders: [] };
}

function checkRules(rules: unknown, path: string, fail: (path: string, expected: string, found: unknown) => never, plugins: readonly Rule[] = []): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) fail(path, 'an object of rule ids', rules);
  for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
    if (!rulesById.has(id) && !plugins.some((r) => r.meta.id === id)) fail(`${path}.${id}`, `a rule id (replylint rules lists them)`, id);
    const severity = Array.isArray(setting) ? setting[0] : setting;
    if (!(SEVERITIES as readonly unknown[]).includes(severity)) fail(`${path}.${id}`, `a severity (${SEVERITIES.join(', ')}) or [severity, options]`, setting);
    if (Array.isArray(setting) && setting.length > 1 && (typeof setting[1] !== 'object' || setting[1] === null || Array.isArray(setting[1]))) {
      fail(`${path}.${id}[1]`, 'an object of options', setting[1]);
    }
    out[id] = setting as RuleSetting;
  }
  return out;
}

const globs = (value: unknown): value is string[] => Array.isArray(value) && value.every((g) => typeof g === 'string' && g.trim() !== '');

/** Checks every key; the first problem ends the run with its file and key path. */
export function validateConfig(raw: unknown, file: string, plugins: readonly Rule[] = []): FileConfig {
  const fail = (path: string, expected: string, found: unknown): never => {
    throw new UsageError(`${file}: ${path}: expected ${expected}, found ${show(found)}`);
  };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail('(top level)', 'an object of settings', raw);
  // An empty YAML key ("rules:" with only comments under it) means "nothing set".
  const config = Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter(([, v]) => v !== null));
  for (const key of Object.keys(config)) {
    if (!KEYS.includes(key)) fail(key, `one of the keys ${KEYS.join(', ')}`, key);
    if (NOT_YET.includes(key)) fail(key, 'a key this version supports (plugins and placeholders are not supported yet)', key);
  }
  const result: FileConfig = { ...emptyConfig(), filepath: file };

  const extend = config.extends;
  if (extend !== undefined) {
    const name = typeof extend === 'string' ? extend.replace(/^replylint:/, '') : extend;
    if (typeof name !== 'string' || !(PRESETS as readonly string[]).includes(name)) fail('extends', `a preset: ${PRESETS.join(', ')}`, extend);
    result.preset = name as PresetName;
  }

  if (config.rules !== undefined) result.rules = checkRules(config.rules, 'rules', fail, plugins);

  const placeholders = typeof config.placeholders === 'string' ? [config.placeholders] : config.placeholders;
  if (placeholders !== undefined) {
    if (!globs(placeholders)) fail('placeholders', 'a regular expression or a list of them, as strings', config.placeholders);
    for (const [i, source] of (placeholders as string[]).entries()) {
      try {
        new RegExp(source, 'g');
      } catch {
        fail(`placeholders[${i}]`, 'a valid regular expression', source);
      }
    }
    result.placeholders = placeholders as string[];
  }

  const ignore = typeof config.ignore === 'string' ? [config.ignore] : config.ignore;
  if (ignore !== undefined) {
    if (!globs(ignore)) fail('ignore', 'a glob or a list of globs', config.ignore);
    result.ignore = ignore as string[];
  }

  if (config.overrides !== undefined) {
    if (!Array.isArray(config.overrides)) fail('overrides', 'a list of {files, rules}', config.overrides);
    (config.overrides as unknown[]).forEach((override, i) => {
      const at = `overrides[${i}]`;
      if (override === null || typeof override !== 'object' || Array.isArray(override)) fail(at, 'an object {files, rules}', override);
      const o = override as Record<string, unknown>;
      const files = typeof o.files === 'string' ? [o.files] : o.files;
      if (!globs(files)) fail(`${at}.files`, 'a glob or a list of globs', o.files);
      result.overrides.push({ files: files as string[], rules: checkRules(o.rules ?? {}, `${at}.rules`, fail, plugins) });
    });
  }

  const dictionary = config.dictionary;
  if (dictionary !== undefined) {
    if (!Array.isArray(dictionary) || !dictionary.every((w) => typeof w === 'string')) fail('dictionary', 'a list of words', dictionary);
    result.dictionary = dictionary as string[];
  }

  const phrases = config.phrases;
  if (phrases !== undefined) {
    if (!Array.isArray(phrases)) fail('phrases', 'a list of {find, replace, message, severity}', phrases);
    (phrases as unknown[]).forEach((phrase, i) => {
      const at = `phrases[${i}]`;
      if (phrase === null || typeof phrase !== 'object' || Array.isArray(phrase)) fail(at, 'an object {find, replace, message, severity}', phrase);
      const p = phrase as Record<string, unknown>;
      if (typeof p.find !== 'string' || p.find.trim() === '') fail(`${at}.find`, 'a word or pattern to find', p.find);
      try {
        compilePattern(p.find as string);
      } catch (error) {
        if (error instanceof PatternError) fail(`${at}.find`, 'a valid pattern', p.find);
        throw error;
      }
      const replace = p.replace === undefined ? [] : Array.isArray(p.replace) ? p.replace : [p.replace];
      if (!replace.every((r) => typeof r === 'string')) fail(`${at}.replace`, 'a string or a list of strings', p.replace);
      if (p.message !== undefined && typeof p.message !== 'string') fail(`${at}.message`, 'a string', p.message);
      const severity = p.severity ?? 'warning';
      if (!['info', 'warning', 'error'].includes(severity as string)) fail(`${at}.severity`, 'info, warning or error', p.severity);
      result.phrases.push({
        find: p.find as string,
        replace: replace as string[],
        message: (p.message as string | undefined) ?? `"{match}" is on your team's list of phrases to avoid.`,
        severity: severity as TeamPhrase['severity'],
      });
    });
  }
  return result;
}

/** Each team phrase is a rule of its own ("phrases/<n>"), run by the shared phrase engine. */
export function phraseRules(phrases: readonly TeamPhrase[]): Array<{ rule: Rule; severity: TeamPhrase['severity'] }> {
  return phrases.map((phrase, i) => ({
    severity: phrase.severity,
    rule: definePhraseRule(
      { id: `phrases/${i + 1}`, severity: phrase.severity, summary: `Team phrase: ${phrase.find}`, seed: 'team configuration' },
      [{ patterns: [phrase.find], message: phrase.message, rewrites: phrase.replace }],
    ),
  }));
}

/**
 * The rules for each file: the configuration's preset and rules, then every override whose globs
 * match the file (in order), then the command line's --rule, plus the team phrases.
 */
export function ruleResolver(config: FileConfig, cli: { preset?: PresetName; rules?: Record<string, RuleSetting> }, cwd: string): (path: string) => EnabledRule[] {
  addPlaceholderPatterns(config.placeholders.map((p) => new RegExp(p, 'g')));
  const team = phraseRules(config.phrases).map(({ rule, severity }) => ({ rule, severity, options: {} }));
  const overrides = config.overrides.map((o) => ({ match: globMatcher(o.files), rules: o.rules }));
  const preset = cli.preset ?? config.preset;
  const cache = new Map<string, EnabledRule[]>();
  return (path) => {
    // No overrides (the usual case): the same rules for every file, no path work per file.
    const rel = overrides.length === 0 ? '' : relative(cwd, resolve(cwd, path.split('#')[0])).split(sep).join('/');
    const matching = overrides.map((o, i) => (o.match(rel) ? i : -1)).filter((i) => i >= 0);
    const key = matching.join(',');
    let rules = cache.get(key);
    if (!rules) {
      const merged = Object.assign({}, config.rules, ...matching.map((i) => overrides[i].rules), cli.rules ?? {});
      rules = [
        ...resolveRules({ preset, rules: merged, extraRules: config.plugins }).map((e) =>
          e.rule.meta.id === 'spelling' && config.dictionary.length > 0
            ? { ...e, options: { ...e.options, words: [...((e.options.words as string[]) ?? []), ...config.dictionary] } }
            : e,
        ),
        ...team,
      ];
      cache.set(key, rules);
    }
    return rules;
  };
}
