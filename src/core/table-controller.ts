import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from './format.js';
import { showTable } from './frame.js';
import type { TableModel } from './model.js';

/**
 * Writes the data table into its host element after each render, once per table: a new
 * width lays the chart out again but keeps the same table, and a 10,000-row table is not
 * rebuilt on every hover. Long tables fill on opening (see `showTable`).
 */
export class TableController implements ReactiveController {
  readonly #root: () => ParentNode;
  readonly #table: () => { table: TableModel; lang: Lang } | undefined;
  /** The table now in the DOM. */
  #shown?: TableModel;

  constructor(
    host: ReactiveControllerHost,
    root: () => ParentNode,
    table: () => { table: TableModel; lang: Lang } | undefined,
  ) {
    this.#root = root;
    this.#table = table;
    host.addController(this);
  }

  hostUpdated(): void {
    const slot = this.#root().querySelector<HTMLElement>('.table-host');
    const current = this.#table();
    if (!slot || !current) return;
    if (slot.firstElementChild && this.#shown === current.table) return;
    showTable(slot, current.table, current.lang);
    this.#shown = current.table;
  }
}
