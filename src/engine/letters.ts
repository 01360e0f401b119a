// Regular expressions with Unicode property escapes (\p{L}, \p{Lu}, \p{Ll}, \p{Script=Latin}),
// run through an ASCII twin on text that is ASCII but for some punctuation. Each time V8 compiles
// such an expression it builds the property's character set from ICU's tables: 50-500 µs each
// (with the "i" flag, the set's case closure too), ~2 ms of a single draft's start and of each
// batch thread's for the dozen or two a run uses, and their matching is slower. On such text the
// twin, with each property spelt as its ASCII letters and no "u" flag, matches exactly what the
// original does (test/letters.test.ts holds every pattern to that); the original is made only
// when a text needs it. Patterns are written letters`/…/u`: a template, since V8 parses a
// regular expression literal when it is evaluated.

/**
 * The ASCII letters of each property used. A property not here has no twin: an error the first
 * time the twin is needed (test/letters.test.ts makes every twin, so it fails first).
 */
const ASCII_LETTERS: Record<string, string> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', 'Script=Latin': 'A-Za-z' };
/**
 * A character the twin may read differently: beyond ASCII, all but the Latin-1 punctuation and
 * symbols and the General Punctuation block ("’", "–", "…", "•", no-break spaces), which hold no
 * letter and no cased character, so the twin (without "u") reads them as the original does.
 * Astral characters (emoji) stay out: without "u" they are two code units.
 */
const TWIN_UNSAFE = /[^\x00-\x7f\u00a0-\u00a9\u00ab-\u00b4\u00b6-\u00b9\u00bb-\u00bf\u2000-\u206f]/;

/** Every pattern made, for the test that holds each twin to its original. */
export const letterPatterns: LetterPattern[] = [];

export class LetterPattern {
  private original: RegExp | undefined;
  private asciiTwin: RegExp | undefined;
  /** "^\p{Lu}", "^[\p{L}\d]": only the first character is ever read, so only it need be ASCII. */
  private readonly firstOnly: boolean;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    // With "m" or "y", "^" may match after the first character.
    this.firstOnly = /^\^(?:\\p\{[^}]+\}|\[(?:\\.|[^\]\\])*\])$/.test(source) && !/[my]/.test(flags);
    letterPatterns.push(this);
  }

  /** The expression as written, made on first use: making it parses it, and builds the sets. */
  get unicode(): RegExp {
    this.original ??= new RegExp(this.source, this.flags);
    return this.original;
  }

  /** The expression with each property escape spelt out in ASCII, without the "u" flag. */
  get twin(): RegExp {
    this.asciiTwin ??= new RegExp(asciiSource(this.source), this.flags.replace('u', ''));
    return this.asciiTwin;
  }

  /**
   * The expression to run on `text` (for exec loops, replace, split): the twin when `text` has
   * nothing beyond ASCII that it may read differently.
   */
  for(text: string): RegExp {
    // Fields, not the getters, on the common path: this runs for most words of a batch, mostly
    // before V8 optimises it.
    const ascii = this.firstOnly ? text === '' || text.charCodeAt(0) < 0x80 : !TWIN_UNSAFE.test(text);
    return ascii ? (this.asciiTwin ?? this.twin) : (this.original ?? this.unicode);
  }

  test(text: string): boolean {
    return this.for(text).test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.for(text).exec(text);
  }
}

/**
 * letters`/^\p{Lu}/u`: a template, not a regular expression literal, because V8 parses a literal
 * (and builds its property sets) when the module loads, half the cost of compiling it.
 */
export function letters(literal: TemplateStringsArray): LetterPattern {
  const text = literal.raw.join('');
  const m = /^\/(.+)\/([dgimsuy]*)$/s.exec(text);
  if (!m || literal.raw.length !== 1 || !m[2]!.includes('u')) throw new Error(`letters: expected one /pattern/flags with the "u" flag, found ${text}`);
  return new LetterPattern(m[1]!, m[2]!);
}

const PROPERTY = /\\([pP])\{([^}]*)\}/y;

/** "[\p{L}\d]" → "[A-Za-z\d]", "\p{Lu}{2,}" → "[A-Z]{2,}". */
function asciiSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      PROPERTY.lastIndex = i;
      const property = PROPERTY.exec(source);
      if (property) {
        const ascii = ASCII_LETTERS[property[2]!];
        if (property[1] === 'P' || ascii === undefined) throw new Error(`letters: no ASCII twin for ${property[0]} in /${source}/`);
        out += inClass ? ascii : `[${ascii}]`;
        i += property[0].length - 1;
        continue;
      }
      if (source[i + 1] === 'u' && source[i + 2] === '{') throw new Error(`letters: \\u{…} means another thing without the "u" flag, in /${source}/`);
      // Without "u", "\p" is a plain "p": a property escape the pattern above did not take is an error.
      if (source[i + 1] === 'p' || source[i + 1] === 'P') throw new Error(`letters: no ASCII twin for \\${source[i + 1]} in /${source}/`);
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/** Common tests on a word's first character. */
export const CAPITALISED = letters`/^\p{Lu}/u`;
export const LOWER_CASE_FIRST = letters`/^\p{Ll}/u`;
export const LETTER_FIRST = letters`/^\p{L}/u`;
export const LETTER_OR_DIGIT_FIRST = letters`/^[\p{L}\d]/u`;
/** A word of letters and straight apostrophes only. */
export const LETTERS_ONLY = letters`/^[\p{L}']+$/u`;
