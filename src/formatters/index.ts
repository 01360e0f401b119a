import type { ChalkInstance } from 'chalk';
import type { FileResult } from '../types.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';
import { formatCompact, formatGithub, formatJunit } from './ci.js';

export const FORMATS = ['stylish', 'json', 'compact', 'github', 'junit'] as const;
export type FormatName = (typeof FORMATS)[number];

export function getFormatter(name: FormatName): (results: readonly FileResult[], color: ChalkInstance) => string {
  switch (name) {
    case 'json':
      return (results) => `${formatJson(results)}\n`;
    case 'compact':
      return formatCompact;
    case 'github':
      return formatGithub;
    case 'junit':
      return formatJunit;
    default:
      return formatStylish;
  }
}
