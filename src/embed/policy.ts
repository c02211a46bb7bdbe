/**
 * What a copy of embed.html agrees to draw. The public CDN copy draws any JSON from
 * anywhere: its domain speaks for no one. A ministry that hosts embed.html on its own
 * domain says, in that copy's <head>, where data may come from and whether a document
 * written into the link (`#data=`) is accepted:
 *
 *   <meta name="capaian-embed" content="sources=self; inline=no">
 *   <meta name="capaian-embed" content="sources=self https://data.kemensos.go.id; inline=no">
 *
 * `sources`: `self` (this page's origin), origins (`https://host[:port]`) or `*`;
 * `inline`: `yes` or `no`. A setting left out stays open; a setting that cannot be read
 * refuses (a typo must not leave the page open) and is logged.
 */
export interface EmbedPolicy {
  /** Origins `src` may name; `'*'` for any. */
  sources: '*' | string[];
  /** Whether a document in the fragment (`#data=`) is drawn. */
  inline: boolean;
  /** What could not be read in the meta, for the console. */
  problems: string[];
  /** The meta's content as written, to quote in the console; undefined without a meta. */
  declared?: string;
}

export const META_NAME = 'capaian-embed';

/** The policy of a page at `origin` from its meta's content (`null`: no meta, all open). */
export function readPolicy(content: string | null, origin: string): EmbedPolicy {
  const policy: EmbedPolicy = { sources: '*', inline: true, problems: [] };
  if (content === null) return policy;
  policy.declared = content;
  for (const part of content.split(';')) {
    if (!part.trim()) continue;
    const [key = '', value = '', ...rest] = part.split('=').map((s) => s.trim());
    const name = key.toLowerCase();
    if (name === 'sources' && !rest.length) {
      const tokens = value.split(/[\s,]+/).filter(Boolean);
      if (tokens.includes('*')) continue;
      policy.sources = [];
      for (const token of tokens) {
        const allowed = token.toLowerCase() === 'self' ? origin : httpOrigin(token);
        if (allowed) policy.sources.push(allowed);
        else policy.problems.push(`"${token}" in sources is neither self, * nor an http(s) origin`);
      }
    } else if (name === 'inline' && !rest.length) {
      policy.inline = value.toLowerCase() === 'yes';
      if (!['yes', 'no'].includes(value.toLowerCase()))
        policy.problems.push(`inline=${value} is neither yes nor no: read as no`);
    } else {
      policy.problems.push(`"${part.trim()}" is not a setting (sources=…, inline=yes|no): ignored`);
    }
  }
  return policy;
}

function httpOrigin(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Why the page refuses what its URL asks for: `src` from an origin it does not allow, or `#data=`. */
export interface Refusal {
  kind: 'src' | 'inline';
  /** For the console: what was refused and which setting refused it. */
  log: string;
}

/** Whether a link's `src` and fragment document may be drawn here; undefined when they may. */
export function refusalOf(
  policy: EmbedPolicy,
  link: { src: string | null; inline: boolean },
  page: URL,
): Refusal | undefined {
  const setting = `<meta name="${META_NAME}" content="${policy.declared ?? ''}">`;
  if (link.inline && !policy.inline)
    return {
      kind: 'inline',
      log: `capaian embed: #data= refused: this page draws no document from its link (${setting})`,
    };
  if (link.src !== null && policy.sources !== '*') {
    let origin: string | undefined;
    try {
      const url = new URL(link.src, page);
      if (url.protocol === 'https:' || url.protocol === 'http:') origin = url.origin;
    } catch {
      // Not a URL: refused below like any origin not allowed.
    }
    if (!origin || !policy.sources.includes(origin))
      return {
        kind: 'src',
        log:
          `capaian embed: src ${JSON.stringify(link.src)} refused: ${origin ?? 'its origin'} is not among the ` +
          `sources this page allows (${policy.sources.join(' ') || 'none'}; ${setting})`,
      };
  }
  return undefined;
}

/**
 * What the reader sees instead of the chart, in the embed's language: a source or data
 * in the link this page refuses, or (`widget`) a link naming no widget it knows.
 */
export const refusalText = {
  id: {
    src: 'Grafik tidak ditampilkan: halaman ini hanya memuat data dari sumber yang diizinkan pemilik situs.',
    inline: 'Grafik tidak ditampilkan: halaman ini tidak menerima data yang ditulis di dalam tautan.',
    widget: 'Grafik tidak ditampilkan: tautan ini tidak menyebut jenis grafik yang dikenal.',
  },
  en: {
    src: 'Chart not shown: this page only loads data from sources the site’s owner allows.',
    inline: 'Chart not shown: this page does not accept data written into the link.',
    widget: 'Chart not shown: this link does not name a known kind of chart.',
  },
} as const;
