/**
 * The classic script's loader: a page downloads only the code of the widgets it shows.
 * When an undefined `<capaian-…>` element appears (in the page as parsed, or added
 * later), the widget's own script, `capaian-<name>.js`, is loaded from beside
 * `capaian.js` with a `<script>` element. A classic script, not `import()`: it needs no
 * CORS headers, so the library works from a CDN and from any self-hosted origin alike.
 */

/** What the loader knows of a widget: its name (the script's) and its tag. */
export interface AutoloadWidget {
  name: string;
  tag: string;
}

/** Trusted Types policy name; a page enforcing Trusted Types must allow it (`trusted-types lit-html capaian`). */
export const POLICY_NAME = 'capaian';

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown };
}

export class Autoloader {
  readonly #widgets: Map<string, AutoloadWidget>;
  readonly #base: string;
  readonly #version: string;
  /** One promise per script: a widget's code is requested once, however many elements show it. */
  readonly #scripts = new Map<string, Promise<void>>();
  readonly #warnedTags = new Set<string>();
  #policy?: { createScriptURL(url: string): unknown } | null;

  /** `base` is the URL of `capaian.js` itself; the widgets' scripts are its siblings. */
  constructor(widgets: readonly AutoloadWidget[], base: string, version: string) {
    this.#widgets = new Map(widgets.map((widget) => [widget.tag, widget]));
    this.#base = base;
    this.#version = version;
  }

  /** Loads the widgets the document shows now, and those that appear later. */
  start(root: Document): void {
    this.discover(root);
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) if (node instanceof Element) this.discover(node);
    }).observe(root.documentElement, { childList: true, subtree: true });
  }

  /**
   * Loads the code of every widget under `root` (the root included) that is not yet
   * defined. Call it for a shadow root the page's own components create: the loader
   * watches the document, and cannot see into shadow roots.
   */
  discover(root: ParentNode): void {
    const found = [...root.querySelectorAll(':not(:defined)')];
    if (root instanceof Element && !root.matches(':defined')) found.push(root);
    for (const element of found) {
      const tag = element.localName;
      const widget = this.#widgets.get(tag);
      if (widget) void this.load(widget.name);
      else if (tag.startsWith('capaian-')) this.#warnUnknown(tag);
    }
  }

  /** Loads `capaian-<name>.js` once; resolves when it has run. */
  load(name: string): Promise<void> {
    let script = this.#scripts.get(name);
    if (!script) {
      script = this.#inject(new URL(`capaian-${name}.js?v=${this.#version}`, this.#base).href);
      this.#scripts.set(name, script);
    }
    return script;
  }

  #inject(url: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.async = true;
      script.onload = () => resolve();
      script.onerror = () => {
        console.error(`capaian: could not load ${url}; the widgets that need it stay empty.`);
        reject(new Error(`capaian: could not load ${url}`));
      };
      try {
        (script as { src: unknown }).src = this.#scriptUrl(url);
      } catch {
        // Trusted Types are enforced and our policy is not allowed.
        console.warn(
          `capaian: this page's Content-Security-Policy does not allow the Trusted Types policy "${POLICY_NAME}", ` +
            `so widgets cannot load their code. Add it ("trusted-types lit-html ${POLICY_NAME}"), or load each ` +
            `widget's script with a <script src="…/capaian-<widget>.js"> tag after capaian.js.`,
        );
        return reject(new Error(`capaian: ${url} was not loaded (Trusted Types)`));
      }
      document.head.append(script);
    });
  }

  /**
   * The URL as a script source: through a Trusted Types policy of our own where the
   * browser has them (it passes only the URLs of capaian.js's siblings), so a page that
   * enforces Trusted Types and allows the policy loads the widgets without a violation.
   */
  #scriptUrl(url: string): unknown {
    const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    if (trustedTypes && this.#policy === undefined) {
      const folder = new URL('.', this.#base).href;
      try {
        this.#policy = trustedTypes.createPolicy(POLICY_NAME, {
          createScriptURL: (candidate) => {
            if (!candidate.startsWith(folder)) throw new TypeError(`not a capaian script: ${candidate}`);
            return candidate;
          },
        });
      } catch {
        // The page lists the policies it allows, without ours: a plain URL may still do.
        this.#policy = null;
      }
    }
    return this.#policy ? this.#policy.createScriptURL(url) : url;
  }

  #warnUnknown(tag: string): void {
    if (this.#warnedTags.has(tag)) return;
    this.#warnedTags.add(tag);
    const known = [...this.#widgets.keys()].map((t) => `<${t}>`).join(', ');
    console.warn(`capaian: <${tag}> is not a capaian widget, so it stays empty. The widgets are ${known}.`);
  }
}
