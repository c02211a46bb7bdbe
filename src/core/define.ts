/** This build's version, stamped on every class so a clash can name both sides. */
export const VERSION = '0.1.0';

/** Whether this copy of the library has warned: a page hears of a clash once, not once per tag. */
let warned = false;

/**
 * Defines a tag unless something already did. Two embeds of the library on one page
 * (or two versions) are normal for widgets pasted into articles: the first definition
 * wins and the second copy logs one warning in all instead of throwing into the host
 * page. (A second classic script of the same version never gets here: it stands down
 * silently, see src/classic/index.ts.)
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & { version?: string }): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (existing) {
    if (existing !== ctor && !warned) {
      warned = true;
      console.warn(
        `capaian: <${tag}> is already defined (version ${existing.version ?? 'unknown'}); ` +
          `this copy (version ${ctor.version ?? 'unknown'}) is not used.`,
      );
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // A definition racing ours, or a constructor already registered under another name.
    if (!warned) {
      warned = true;
      console.warn(`capaian: <${tag}> could not be defined: ${(error as Error).message}`);
    }
  }
}
