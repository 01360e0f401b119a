import type { ChalkInstance } from 'chalk';
import type { FileResult } from '../types.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export const FORMATS = ['stylish', 'json'] as const;
export type FormatName = (typeof FORMATS)[number];

export function getFormatter(name: FormatName): (results: readonly FileResult[], color: ChalkInstance) => string {
  return name === 'json' ? (results) => `${formatJson(results)}\n` : formatStylish;
}
