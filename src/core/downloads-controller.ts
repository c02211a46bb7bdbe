import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadExporter } from './exporter-loader.js';
import type { ElementFigure } from './export/exporter.js';

/**
 * The SVG, PNG and CSV downloads under a chart. The exporter (static figure renderer and
 * file savers) loads on the first click, so a page that is only read never pays for it.
 */
export class DownloadsController implements ReactiveController {
  readonly #figure: () => ElementFigure | undefined;

  /** `figure()` gives what is drawn now, or nothing while there is no chart. */
  constructor(host: ReactiveControllerHost, figure: () => ElementFigure | undefined) {
    this.#figure = figure;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The figure as a standalone SVG document, in the theme the reader sees. */
  async svg(): Promise<string | undefined> {
    const figure = this.#figure();
    return figure && (await loadExporter()).elementSvg(figure);
  }

  /** Saves the figure (`svg`, `png`) or its data (`csv`); a failure is logged, never thrown into the page. */
  async download(kind: string): Promise<void> {
    const figure = this.#figure();
    if (!figure) return;
    try {
      await (await loadExporter()).exportFigure(kind, figure);
    } catch (error) {
      console.warn('capaian: download failed', error);
    }
  }
}
