import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * A worker thread running one of this folder's modules (`name`, without its extension): the compiled one, or (in
 * development and tests) its TypeScript source through tsx's loader.
 */
export function startModuleWorker(name: string, options: WorkerOptions): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL(`./${name}.js`, import.meta.url), options);
  const tsx = import.meta.resolve("tsx/esm/api");
  const source = new URL(`./${name}.ts`, import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => api.register()).then(() => import(${JSON.stringify(source)}))`;
  return new Worker(boot, { ...options, eval: true });
}
