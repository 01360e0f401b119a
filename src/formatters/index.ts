import type { ChalkInstance } from 'chalk';
import type { FileResult } from '../types.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';
import { formatCompact, formatGithub, formatJunit } from './ci.js';
import { formatSarif } from './sarif.js';

export const FORMATS = ['stylish', 'json', 'compact', 'github', 'junit', 'sarif'] as const;
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
    case 'sarif':
      return formatSarif;
    default:
      return formatStylish;
  }
}
