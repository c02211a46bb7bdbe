/**
 * Written by the build (`sharedObject` in scripts/classic-build.mjs): what the widgets'
 * and the exporter's scripts read from the core, by module key (`lit`, `core/format`…),
 * each with exactly the bindings they import.
 */
declare module 'virtual:capaian-shared' {
  export const shared: Record<string, Record<string, unknown>>;
}
