// What every lint in one run shares: the configuration, the rules for each path and the
// customer's message. The CLI and its worker threads open the same session from the same flags,
// so a file's results do not depend on which thread linted it.
import { checkPreset, parseRuleFlags } from '../config.js';
import { loadConfig, ruleResolver, type FileConfig } from '../config-file.js';
import { readOriginal, readUnits, type InputFormat } from '../inputs/read.js';
import { lintText } from '../lint-text.js';
import { lintUnits } from '../lint-unit.js';
import type { EnabledRule } from '../engine/lint.js';
import type { FileResult } from '../types.js';
import type { PresetName } from '../presets.js';
import { decodeDraft, decodeLenient, readBytes } from './read.js';

/** The flags that change what a file's results are (and nothing about output). */
export interface SessionFlags {
  config?: string;
  preset?: string;
  rule: string[];
  original?: string;
  inputFormat?: InputFormat;
  reportUnusedDirectives?: boolean;
}

export interface Session {
  fileConfig: FileConfig;
  preset: PresetName | undefined;
  enabledFor: (path: string) => EnabledRule[];
  original: { text: string; name?: string } | undefined;
  /**
   * Lints one input's text (already decoded) as a file of that name; an e-mail's parts are read
   * from its bytes, when the caller has them, since its text may be a lenient decoding.
   */
  lintSource: (name: string, text: string, bytes?: Uint8Array) => Promise<FileResult[]>;
  /** Reads, decodes and lints one file: what a worker thread does for each path it is sent. */
  lintFile: (path: string) => Promise<FileResult[]>;
  /** A file's text as this run decodes it (e-mail leniently). */
  decode: (bytes: Buffer, name: string) => string;
}

export async function openSession(flags: SessionFlags, cwd: string): Promise<Session> {
  const fileConfig = await loadConfig(cwd, flags.config);
  const preset = flags.preset === undefined ? fileConfig.preset : checkPreset(flags.preset, '--preset');
  const enabledFor = ruleResolver(fileConfig, { preset, rules: parseRuleFlags(flags.rule) }, cwd);
  const original = flags.original !== undefined ? await originalMessage(flags.original) : undefined;
  const decode = (bytes: Buffer, name: string): string => decodeInput(bytes, name, flags.inputFormat);
  const lintSource = async (name: string, text: string, bytes?: Uint8Array): Promise<FileResult[]> => {
    if (text.trim() === '') return [lintText(text, { filePath: name, enabled: enabledFor(name) })];
    const { units } = await readUnits(name, bytes, text, flags.inputFormat);
    return lintUnits(text, units, { enabled: enabledFor(name), original: original?.text, customerName: original?.name, reportUnusedDirectives: flags.reportUnusedDirectives });
  };
  const lintFile = (path: string): Promise<FileResult[]> => {
    const bytes = readBytes(path);
    return lintSource(path, decode(bytes, path), bytes);
  };
  return { fileConfig, preset, enabledFor, original, lintSource, lintFile, decode };
}

/** A draft's text: e-mail is decoded leniently (its parts declare their own charsets). */
export function decodeInput(bytes: Buffer, name: string, inputFormat: InputFormat | undefined): string {
  const email = /\.eml$/i.test(name) || inputFormat === 'eml';
  return email ? decodeLenient(bytes, name) : decodeDraft(bytes, name);
}

async function originalMessage(path: string): Promise<{ text: string; name?: string }> {
  const bytes = readBytes(path);
  return readOriginal(path, bytes, decodeInput(bytes, path, undefined));
}
