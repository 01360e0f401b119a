// The library API over files, as the CLI lints them: configuration, every input format, the same
// reading and decoding. The CLI adds flags, ignore files, output and exit codes on top.
import { resolve } from 'node:path';
import { loadConfig, ruleResolver } from './config-file.js';
import { expandInputs } from './cli/inputs.js';
import { readBytes } from './cli/read.js';
import { decodeInput } from './cli/session.js';
import { readUnits, type InputFormat } from './inputs/read.js';
import { lintUnits } from './lint-unit.js';
import type { PresetName } from './presets.js';
import type { RuleSetting } from './config.js';
import type { FileResult } from './types.js';

export interface LintFilesOptions {
  /** The working folder: where the configuration is looked for and paths are relative to. */
  cwd?: string;
  /** A configuration file to use instead of looking for one. */
  config?: string;
  preset?: PresetName;
  /** Rule settings on top of the configuration (like --rule). */
  rules?: Record<string, RuleSetting>;
  /** The customer's message, for rules that read it. */
  original?: string;
  inputFormat?: InputFormat;
}

/** Lints files, folders and globs; one result per reply (a macro export gives one per macro). */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<FileResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const config = await loadConfig(cwd, options.config);
  const enabledFor = ruleResolver(config, { preset: options.preset, rules: options.rules }, cwd);
  const inputs = await expandInputs(patterns.map((p) => resolve(cwd, p)));
  const results: FileResult[] = [];
  for (const input of inputs) {
    if (input.kind !== 'file') continue;
    const bytes = readBytes(input.path);
    const source = decodeInput(bytes, input.path, options.inputFormat);
    const { units } = await readUnits(input.path, bytes, source, options.inputFormat);
    results.push(...lintUnits(source, units, { enabled: enabledFor(input.path), original: options.original }));
  }
  return results;
}
