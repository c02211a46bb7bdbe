/** A position among reachable points: a row (series) and a column (along the axis). */
export interface Cursor {
  row: number;
  col: number;
}

/**
 * Where a key moves the cursor in a grid of rows of points. Left/right move along a
 * row, Home/End jump to its ends, up/down change rows (keeping the nearest column);
 * with a single row, up/down move along it too. Returns null for other keys.
 */
export function moveCursor(key: string, cursor: Cursor, rows: readonly number[]): Cursor | null {
  const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));
  const len = rows[cursor.row] ?? 0;
  const along = (col: number): Cursor => ({ row: cursor.row, col: clamp(col, len - 1) });
  const across = (step: number): Cursor => {
    for (let row = cursor.row + step; row >= 0 && row < rows.length; row += step) {
      if (rows[row]! > 0) return { row, col: clamp(cursor.col, rows[row]! - 1) };
    }
    return cursor;
  };
  switch (key) {
    case 'ArrowRight':
      return along(cursor.col + 1);
    case 'ArrowLeft':
      return along(cursor.col - 1);
    case 'Home':
      return along(0);
    case 'End':
      return along(len - 1);
    case 'ArrowUp':
      return rows.length > 1 ? across(-1) : along(cursor.col + 1);
    case 'ArrowDown':
      return rows.length > 1 ? across(1) : along(cursor.col - 1);
    case 'PageUp':
      return along(cursor.col - 10);
    case 'PageDown':
      return along(cursor.col + 10);
    default:
      return null;
  }
}
