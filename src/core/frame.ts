import { html, nothing, render, svg, type TemplateResult } from 'lit';
import { formatDate, type Lang } from './format.js';
import { coreText } from './i18n.js';
import type { AccessModel, LegendItem, PointModel, SourceFailure, TableModel } from './model.js';
import type { FrameSpec } from './schema.js';
import type { ReserveStep } from './layout-definition.js';

/**
 * Templates of the frame every widget shares. They are plain functions of data, with
 * no element state, so the same output renders in the browser and on a server.
 */

export function titleBlock(spec: FrameSpec, headingLevel: number): TemplateResult {
  const level = headingLevel >= 1 && headingLevel <= 6 ? Math.round(headingLevel) : 2;
  return html`<div part="header">
    <div class="title" part="title" id="title" role="heading" aria-level=${level}>${spec.title}</div>
    ${spec.subtitle ? html`<p class="subtitle" part="subtitle">${spec.subtitle}</p>` : nothing}
  </div>`;
}

export function legendBlock(
  items: readonly LegendItem[],
  swatch: (kind: string) => TemplateResult,
): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<ul class="legend" part="legend">
    ${items.map(
      (item) =>
        html`<li>
          <svg width="16" height="12" viewBox="0 0 16 12" aria-hidden="true">${swatch(item.swatch)}</svg>
          <span>${item.label}</span>
        </li>`,
    )}
  </ul>`;
}

export function summaryBlock(summary: string): TemplateResult {
  return html`<p class="summary" part="summary" id="summary">${summary}</p>`;
}

/** The data table behind a disclosure, `rows` in its body; in the SSR output every row, even while closed. */
export function tableBlock(table: TableModel, lang: Lang, rows: unknown): TemplateResult {
  return html`<details part="table">
    <summary>${coreText[lang].showTable}</summary>
    <div class="table-wrap">
      <table>
        <caption>
          ${table.caption}
        </caption>
        <thead>
          <tr>
            ${table.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>
  </details>`;
}

/** The table's rows as templates, for server-side rendering (the element uses `fillRows`). */
export function tableRows(table: TableModel): TemplateResult[] {
  return table.rows.map(
    ([head, ...cells]) =>
      html`<tr>
        <th scope="row">${head}</th>
        ${cells.map((cell, i) => html`<td class=${table.columns[i + 1]?.numeric ? 'num' : ''}>${cell}</td>`)}
      </tr>`,
  );
}

/**
 * A live table: the frame by Lit, then the rows by `fillRows`, into `host`, when the
 * reader first opens its disclosure. Closed, the rows are neither seen nor in the
 * accessibility tree, and most readers never open it; built on demand, a page of fifty
 * budget charts creates 22 % fewer nodes and draws about a fifth sooner (bench A/B, the
 * `fifty` scenario), and 10,000 rows (60–100 ms) wait for the one reader who asks.
 */
export function showTable(host: HTMLElement, table: TableModel, lang: Lang): void {
  render(tableBlock(table, lang, nothing), host);
  const details = host.firstElementChild as HTMLDetailsElement;
  const tbody = details.querySelector('tbody')!;
  // The previous table's rows go now: Lit kept this body, and its part never held them.
  // Only rows: the body's other children are Lit's markers.
  while (tbody.rows.length) tbody.deleteRow(-1);
  // Once: a body with rows is left as it is. A handler, not a listener: the next table
  // replaces it, so an old table never fills in.
  const fill = () => tbody.rows.length || fillRows(tbody, table);
  details.ontoggle = fill;
  if (details.open) fill();
}

/**
 * Fills a live table's empty body, rendered by `tableBlock(…, nothing)`, with DOM calls:
 * as Lit templates a 10,000-row table costs a clone, markers and parts per cell, about
 * 0.3 s; built directly, a fraction of that. Lit's part in this `<tbody>` stays empty, so
 * it never meets these rows. Cells are text (`textContent`), never markup.
 */
export function fillRows(tbody: HTMLTableSectionElement, table: TableModel): void {
  // One row made by hand and cloned, the rows built detached and added at once: for
  // 10,000 rows in Chromium 31 ms, against 39 ms with createElement per cell and
  // 515 ms row by row into the live tree.
  const proto = document.createElement('tr');
  table.columns.forEach((column, i) => {
    const cell = proto.appendChild(document.createElement(i ? 'td' : 'th'));
    if (!i) cell.setAttribute('scope', 'row');
    else if (column.numeric) cell.className = 'num';
  });
  const rows = document.createDocumentFragment();
  for (const row of table.rows) {
    const cells = rows.appendChild(proto.cloneNode(true)).childNodes;
    row.forEach((text, i) => cells[i] && (cells[i].textContent = text));
  }
  tbody.append(rows);
}

export function footerBlock(spec: FrameSpec, lang: Lang): TemplateResult | typeof nothing {
  const t = coreText[lang];
  if (!spec.notes && !spec.source && !spec.updated) return nothing;
  const { source } = spec;
  return html`<div class="footer" part="footer">
    ${spec.notes ? html`<p part="notes">${spec.notes}</p>` : nothing}
    ${
      source
        ? html`<p part="source">
            ${t.source}
            ${
              source.url
                ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer nofollow">${source.name}</a>`
                : source.name
            }
          </p>`
        : nothing
    }
    ${spec.updated ? html`<p part="updated">${t.updated} ${formatDate(spec.updated, lang)}</p>` : nothing}
  </div>`;
}

/** The SVG, PNG and CSV download buttons (handled by the element's click listener). */
export function downloadsBlock(lang: Lang): TemplateResult {
  const t = coreText[lang];
  return html`<div class="downloads" part="downloads" role="group" aria-label=${t.download}>
    <span aria-hidden="true">${t.download}:</span>
    ${['SVG', 'PNG', 'CSV'].map(
      (kind) =>
        html`<button type="button" class="link" data-action=${kind.toLowerCase()} aria-label="${t.downloadAs} ${kind}">
          ${kind}
        </button>`,
    )}
  </div>`;
}

export function tooltipBlock(point: PointModel): TemplateResult {
  return html`<strong>${point.tooltip.title}</strong>${point.tooltip.lines.map((line) => html`<p>${line}</p>`)}`;
}

/** The ring drawn around the active point: SVG outlines do not show focus by themselves. */
export function focusRing(point: PointModel | undefined): TemplateResult | typeof nothing {
  if (!point) return nothing;
  const f = point.focus;
  return svg`<rect class="focus-ring" x=${f.x} y=${f.y} width=${f.width} height=${f.height} rx="3"></rect>`;
}

/** The chart's `<svg>`, `model.width` wide, holding the marks. */
export function chartSvg(model: AccessModel, chart: TemplateResult): TemplateResult {
  return html`<svg
    width=${model.width}
    height=${model.height}
    viewBox="0 0 ${model.width} ${model.height}"
    role="group"
    aria-labelledby="title"
    aria-describedby="summary keys"
  >
    ${chart}
  </svg>`;
}

export interface FigureParts {
  spec: FrameSpec;
  model: AccessModel;
  lang: Lang;
  headingLevel: number;
  /** The SVG marks (and focus ring) inside the chart's `<svg>`. */
  chart: TemplateResult;
  swatch: (kind: string) => TemplateResult;
  /** Drawn over the chart: the tooltip, in the browser. */
  overlay?: TemplateResult | typeof nothing;
  /** Controls under the footer (downloads), in the browser only. */
  actions?: TemplateResult | typeof nothing;
  /** The table: `tableBlock` with its rows on a server; in the element, a host it fills. */
  table: unknown;
  /** Server-rendered: a legend and drawing per width band (see `renderHtml`), instead of the model's one. */
  bands?: { legend: TemplateResult; drawings: TemplateResult };
}

/**
 * The whole figure: title, legend, chart, summary, table and footer. The element and
 * the server-side renderer share it, so a page without JavaScript shows the same.
 */
export function figure(p: FigureParts): TemplateResult {
  const { model, lang } = p;
  const t = coreText[lang];
  const body = model.empty
    ? html`<div class="message" part="message">${t.noData}</div>`
    : html`${p.bands?.legend ?? legendBlock(model.legend, p.swatch)}
        <div class="chart" part="chart">
          ${p.bands?.drawings ?? chartSvg(model, p.chart)}
          <span class="visually-hidden" id="keys">${t.keyboardHint}</span>
          ${p.overlay ?? nothing}
        </div>
        ${summaryBlock(model.summary)} ${p.table}`;
  return html`<div class="root" lang=${lang}>
    <div class="frame" role="figure" aria-labelledby="title">
      ${titleBlock(p.spec, p.headingLevel)} ${body} ${footerBlock(p.spec, lang)} ${p.actions ?? nothing}
    </div>
  </div>`;
}

/** The box shown instead of a figure: the failure with a retry for a failed load, else "loading". */
export function messageBlock(lang: Lang, failure?: SourceFailure): TemplateResult {
  const t = coreText[lang];
  const load = failure?.kind === 'load';
  const words = { load: t.loadFailed, parse: t.invalid, attribute: t.dataAttribute, layout: t.layoutFailed };
  return html`<div class="root" lang=${lang}>
    ${
      failure
        ? html`<div class="message" part="message" role="alert">
            <span>${words[failure.kind]}</span>
            ${load ? html`<button type="button" data-action="retry">${t.retry}</button>` : nothing}
          </div>`
        : html`<div class="message loading" part="message" aria-busy="true">${t.loading}</div>`
    }
  </div>`;
}

/**
 * Sizes set through the CSSOM after render, never as style attributes: a strict CSP
 * (`style-src` without 'unsafe-inline') blocks those, the CSSOM it allows. The loading
 * box reserves the figure's height, so the page does not jump when it arrives.
 */
export function placeOverlays(root: ShadowRoot, reserve: readonly ReserveStep[], width: number): void {
  const placeholder = root.querySelector<HTMLElement>('.message.loading');
  if (placeholder) placeholder.style.minHeight = `${reservedHeight(reserve, width)}px`;
}

/** The height reserved at a content width: the last step that has begun, its frame plus its chart. */
export function reservedHeight(steps: readonly ReserveStep[], width: number): number {
  let step = steps[0];
  for (const next of steps) if (width >= next.from) step = next;
  if (!step) return 0;
  const chart = step.chart ? Math.min(step.chart[2], Math.max(step.chart[1], width * step.chart[0])) : 0;
  return Math.round(step.frame + chart);
}
