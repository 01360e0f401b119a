// Line bookkeeping shared by the thread splitter and the envelope detector.

export interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character, before "\r\n" or "\n". */
  end: number;
  text: string;
  /** 0-based line number. */
  index: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    lines.push({ start, end, text: text.slice(start, end), index: index++ });
    if (nl >= text.length) break;
    start = nl + 1;
  }
  return lines;
}

export const isBlank = (line: Line): boolean => line.text.trim() === '';

/** Replace every character of the ranges with a space, keeping line breaks, so offsets stay put. */
export function blankOut(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): string {
  if (ranges.length === 0) return text;
  const chars = text.split('');
  for (const { start, end } of ranges) {
    for (let i = start; i < end; i++) {
      const c = chars[i];
      if (c !== '\n' && c !== '\r') chars[i] = ' ';
    }
  }
  return chars.join('');
}
