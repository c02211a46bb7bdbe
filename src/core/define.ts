/** This build's version, stamped on every class so a clash can name both sides. */
export const VERSION = '0.1.0';

const warned = new Set<string>();

/**
 * Defines a tag unless something already did. Two embeds of the library on one page
 * (or two versions) are normal for widgets pasted into articles: the first definition
 * wins and the second logs one warning instead of throwing into the host page.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & { version?: string }): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (existing) {
    if (existing !== ctor && !warned.has(tag)) {
      warned.add(tag);
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
    if (!warned.has(tag)) {
      warned.add(tag);
      console.warn(`capaian: <${tag}> could not be defined: ${(error as Error).message}`);
    }
  }
}
