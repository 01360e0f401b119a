// Contractions become their long form for matching, so one pattern ("we are unable to") matches
// "we're unable to", "we’re unable to" and "we are unable to".

const WHOLE: Record<string, string[]> = {
  cannot: ['can', 'not'],
  "can't": ['can', 'not'],
  "won't": ['will', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
  "let's": ['let', 'us'],
  "y'all": ['you', 'all'],
};

/** 's after these words is "is"; after any other word it is the possessive. */
const IS_HOSTS = new Set([
  'it', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'he', 'she', 'this',
  'everything', 'nothing', 'something', 'anything', 'everyone', 'someone', 'when', 'why',
]);

const SUFFIXES: Array<[string, string]> = [
  ["n't", 'not'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'m", 'am'],
  ["'d", 'would'],
];

export function expandContraction(norm: string): string[] {
  // hasOwn: a word like "constructor" must not find Object.prototype's members.
  if (Object.hasOwn(WHOLE, norm)) return WHOLE[norm];
  if (!norm.includes("'")) return [norm];
  // Indexed, no destructuring: this runs for every word with an apostrophe.
  for (let i = 0; i < SUFFIXES.length; i++) {
    const suffix = SUFFIXES[i]![0];
    if (norm.endsWith(suffix) && norm.length > suffix.length) return [norm.slice(0, -suffix.length), SUFFIXES[i]![1]];
  }
  if (norm.endsWith("'s") && norm.length > 2) {
    const host = norm.slice(0, -2);
    return IS_HOSTS.has(host) ? [host, 'is'] : [host, "'s"];
  }
  return [norm];
}
