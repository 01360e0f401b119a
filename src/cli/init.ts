// `replylint init`: a commented starter configuration in the working folder.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../engine/errors.js';

const STARTER = `# replylint configuration. Every key is optional; see the README, "Configuration".
# Start from a preset: recommended (e-mail replies), strict, macros (canned responses), chat.
extends: recommended

# Rule severities (off, info, warning, error) or [severity, options]; replylint rules lists them.
rules: {}
  # hedging: error
  # readability: [info, { maxSentenceWords: 25 }]

# Words the spelling rule should accept: product and team names.
dictionary: []
  # - Acme

# Team phrases, matched like the built-in phrase rules.
phrases: []
  # - find: ticket
  #   replace: [request]
  #   message: 'We say "request", not "{match}".'
  #   severity: warning

# Files and folders to skip (globs), besides .replylintignore.
ignore: []

# Other settings for some files.
overrides: []
  # - files: "macros/billing/**"
  #   rules:
  #     missing-thanks: off
`;

export function init(cwd: string): string {
  const path = join(cwd, '.replylintrc.yml');
  if (existsSync(path)) throw new UsageError(`${path}: already exists; edit it, or remove it to start again`);
  writeFileSync(path, STARTER);
  return path;
}
