import { svg, type TemplateResult } from 'lit';
import { formatDate, type Lang } from '../format.js';
import { coreText } from '../i18n.js';
import type { AccessModel } from '../model.js';
import type { FrameSpec } from '../schema.js';
import { FONT_STACK, tokenValue, type ThemeName } from '../styles/index.js';
import { px, textWidth, TYPE, wrapWords, type TypeSize } from '../measure.js';
import { resolvedCss } from './resolved-css.js';
import { templateToString } from './to-string.js';
import type { AnyWidgetDefinition } from '../widget.js';

export interface StaticFigureParts {
  /** The widget: its swatches, styles and colour tokens. */
  definition: AnyWidgetDefinition;
  spec: FrameSpec;
  model: AccessModel;
  lang: Lang;
  theme: ThemeName;
  /** The chart's marks, drawn by the definition for this model. */
  chart: TemplateResult;
}

/** Space around the figure in a standalone SVG, on every side. */
export const STATIC_PADDING = 16;

/**
 * A standalone SVG of the whole figure: title, subtitle, legend, chart, summary and
 * footer, with fonts named, styles inline and no external reference. The same code
 * serves the CLI, server-side rendering and the widget's "download SVG".
 */
export function staticSvg(p: StaticFigureParts): string {
  const { spec, model, lang, theme } = p;
  const t = coreText[lang];
  const pad = STATIC_PADDING;
  const width = model.width + pad * 2;
  const inner = model.width;
  let y = pad;
  const parts: TemplateResult[] = [];
  /** Wrapped lines at a size of the scale: title, body or small, as the frame in the browser sets them. */
  const lines = (text: string, type: TypeSize, cls: string, bold = false) => {
    for (const line of wrapWords(text, type.size, inner, { bold, cutLongWords: true })) {
      y += type.line;
      parts.push(
        svg`<text class=${cls} x=${pad} y=${px(y - type.line * 0.28)} font-size=${type.size} font-weight=${bold ? 700 : 400}>${line}</text>`,
      );
    }
  };
  const { title, body, small } = TYPE;
  lines(spec.title, title, 'title', true);
  if (spec.subtitle) lines(spec.subtitle, body, 'muted');
  if (model.empty) {
    lines(t.noData, body, '');
  } else {
    if (model.legend.length) {
      let x = pad;
      y += 8;
      for (const item of model.legend) {
        const w = 22 + textWidth(item.label, body.size);
        if (x > pad && x + w > pad + inner) {
          x = pad;
          y += body.line;
        }
        parts.push(
          svg`<g transform="translate(${px(x)},${y + 3})">${p.definition.swatch(item.swatch)}</g><text x=${px(x + 22)} y=${y + 14} font-size=${body.size}>${item.label}</text>`,
        );
        x += w + 16;
      }
      y += body.line;
    }
    y += 8;
    parts.push(svg`<g transform="translate(${pad},${y})">${p.chart}</g>`);
    y += model.height + 4;
    lines(model.summary, body, 'muted');
  }
  y += 4;
  if (spec.notes) lines(spec.notes, small, 'muted');
  if (spec.source)
    lines(`${t.source} ${spec.source.name}${spec.source.url ? ` (${spec.source.url})` : ''}`, small, 'muted');
  if (spec.updated) lines(`${t.updated} ${formatDate(spec.updated, lang)}`, small, 'muted');
  const height = Math.ceil(y + pad);
  const head = templateToString(svg`<title>${spec.title}</title><desc>${model.summary}</desc>`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${FONT_STACK.replace(/"/g, "'")}" lang="${lang}" role="img">` +
    `${head}<style>${resolvedCss(p.definition, theme)}</style>` +
    `<rect width="100%" height="100%" fill="${tokenValue(theme, 'background')}"></rect>${templateToString(svg`${parts}`)}</svg>`
  );
}
