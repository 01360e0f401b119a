// Tables the build writes as "key<TAB>value" lines in code-unit order, searched by halves where
// they are read: splitting a file into lines costs a fraction of parsing it into an object (JSON
// or a Map), and a run looks up a few hundred keys at most. A tab sorts below every character a
// key may hold (the build refuses control characters), so "key<TAB>" orders against the lines
// as the keys themselves do.

/** The value on the line of `key`, or undefined when no line has it. */
export function valueOf(sorted: readonly string[], key: string): string | undefined {
  const prefix = `${key}\t`;
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const line = sorted[middle]!;
    if (line.startsWith(prefix)) return line.slice(prefix.length);
    if (prefix < line) high = middle - 1;
    else low = middle + 1;
  }
  return undefined;
}

/** A file of lines, each ended by "\n", as its lines. */
export const readLines = (text: string): string[] => text.split('\n').slice(0, -1);

/** Lines as a file: each ended by "\n". */
export const writeLines = (lines: readonly string[]): string => lines.map((line) => `${line}\n`).join('');

/** The lines of a table, sorted; fails on a key the search could not find. */
export function sortedLines(entries: Iterable<readonly [string, string]>): string[] {
  const lines: string[] = [];
  for (const [key, value] of entries) {
    if (/[\u0000-\u001f]/.test(key)) throw new Error(`table key ${JSON.stringify(key)} holds a control character`);
    if (/[\n\r]/.test(value)) throw new Error(`table value for ${JSON.stringify(key)} holds a line break`);
    lines.push(`${key}\t${value}`);
  }
  return lines.sort();
}
