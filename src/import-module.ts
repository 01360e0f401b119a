// Importing a plugin module by URL. The CLI bundle is CommonJS compiled with V8's code cache, and
// an import() inside it has no loader on Node 20 (the cache drops the host's import callback), so
// bin/replylint.js hands in its own import(); the ES module library uses the native one.
type Importer = (url: string) => Promise<Record<string, unknown>>;

let importer: Importer = (url) => import(url) as Promise<Record<string, unknown>>;

export function setModuleImporter(next: Importer): void {
  importer = next;
}

export function importModule(url: string): Promise<Record<string, unknown>> {
  return importer(url);
}
