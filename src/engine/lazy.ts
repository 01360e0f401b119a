// A value worked out on first use. Rules that only some runs enable (unanswered-points needs the
// customer's message) keep their start-up work out of every run's module loading, which the CLI
// bundle does for all modules before it reads an argument.
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
