import { svg, type TemplateResult } from 'lit';
import { formatDate, type Lang } from '../format.js';
import { coreText } from '../i18n.js';
import { px, textWidth, wrapWords } from '../measure.js';
import type { AccessModel } from '../model.js';
import type { FrameSpec } from '../schema.js';
import { FONT_STACK, tokenValue, type ThemeName } from '../styles/index.js';
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
  const lines = (text: string, size: number, lineHeight: number, cls: string, bold = false) => {
    for (const line of wrapWords(text, size, inner, { bold, cutLongWords: true })) {
      y += lineHeight;
      parts.push(
        svg`<text class=${cls} x=${pad} y=${px(y - lineHeight * 0.28)} font-size=${size} font-weight=${bold ? 700 : 400}>${line}</text>`,
      );
    }
  };
  lines(spec.title, 18, 24, 'title', true);
  if (spec.subtitle) lines(spec.subtitle, 14, 20, 'muted');
  if (model.empty) {
    lines(t.noData, 14, 24, '');
  } else {
    if (model.legend.length) {
      let x = pad;
      y += 8;
      for (const item of model.legend) {
        const w = 22 + textWidth(item.label, 13);
        if (x > pad && x + w > pad + inner) {
          x = pad;
          y += 20;
        }
        parts.push(
          svg`<g transform="translate(${px(x)},${y + 3})">${p.definition.swatch(item.swatch)}</g><text x=${px(x + 22)} y=${y + 13} font-size="13">${item.label}</text>`,
        );
        x += w + 16;
      }
      y += 20;
    }
    y += 8;
    parts.push(svg`<g transform="translate(${pad},${y})">${p.chart}</g>`);
    y += model.height + 4;
    lines(model.summary, 13, 18, 'muted');
  }
  y += 4;
  if (spec.notes) lines(spec.notes, 12, 16, 'muted');
  if (spec.source)
    lines(`${t.source} ${spec.source.name}${spec.source.url ? ` (${spec.source.url})` : ''}`, 12, 16, 'muted');
  if (spec.updated) lines(`${t.updated} ${formatDate(spec.updated, lang)}`, 12, 16, 'muted');
  const height = Math.ceil(y + pad);
  const head = templateToString(svg`<title>${spec.title}</title><desc>${model.summary}</desc>`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${FONT_STACK.replace(/"/g, "'")}" lang="${lang}" role="img">` +
    `${head}<style>${resolvedCss(p.definition, theme)}</style>` +
    `<rect width="100%" height="100%" fill="${tokenValue(theme, 'background')}"></rect>${templateToString(svg`${parts}`)}</svg>`
  );
}
