import { css } from 'lit';

/** The data table behind its "Lihat data dalam tabel" disclosure, in the body size the frame sets. */
export const tableStyles = css`
  details {
    margin-top: 6px;
  }
  details > summary {
    cursor: pointer;
    color: var(--_text);
    width: max-content;
    max-width: 100%;
  }
  /* A container, so that the caption can be as wide as the part of the table in view. */
  .table-wrap {
    overflow-x: auto;
    margin-top: 4px;
    container-type: inline-size;
  }
  table {
    display: table;
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  /* A table wider than a phone scrolls sideways; its caption wraps within the view and
     stays in it, instead of running on with the columns out of sight. */
  caption {
    text-align: start;
    font-weight: 700;
    padding: 2px 0 4px;
    max-width: 100cqi;
    overflow-wrap: anywhere;
    position: sticky;
    inset-inline-start: 0;
  }
  th,
  td {
    padding: 3px 8px 3px 0;
    border-bottom: 1px solid var(--_grid);
    text-align: start;
    vertical-align: top;
  }
  .num {
    text-align: end;
  }
`;
