// Errors that end a run with exit code 2 and one line on stderr: never a stack trace.

/** Bad input, flag or configuration: the message names the file (if any), the problem and the remedy. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A rule broke its contract (a bug in the rule, not in the draft). */
export class RuleContractError extends Error {
  override name = 'RuleContractError';
}
