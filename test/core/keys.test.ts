import { describe, expect, it } from 'vitest';
import { moveCursor } from '../../src/core/keys.js';

describe('moveCursor', () => {
  const one = [5];
  it('moves right and left along a row and stops at its ends', () => {
    expect(moveCursor('ArrowRight', { row: 0, col: 0 }, one)).toEqual({ row: 0, col: 1 });
    expect(moveCursor('ArrowLeft', { row: 0, col: 0 }, one)).toEqual({ row: 0, col: 0 });
    expect(moveCursor('ArrowRight', { row: 0, col: 4 }, one)).toEqual({ row: 0, col: 4 });
    expect(moveCursor('ArrowLeft', { row: 0, col: 3 }, one)).toEqual({ row: 0, col: 2 });
  });
  it('moves ten points with Page Up and Page Down, stopping at the ends', () => {
    const long = [30];
    expect(moveCursor('PageDown', { row: 0, col: 5 }, long)).toEqual({ row: 0, col: 15 });
    expect(moveCursor('PageUp', { row: 0, col: 15 }, long)).toEqual({ row: 0, col: 5 });
    expect(moveCursor('PageDown', { row: 0, col: 25 }, long)).toEqual({ row: 0, col: 29 });
    expect(moveCursor('PageUp', { row: 0, col: 5 }, long)).toEqual({ row: 0, col: 0 });
  });
  it('jumps to the ends with Home and End', () => {
    expect(moveCursor('Home', { row: 0, col: 3 }, one)).toEqual({ row: 0, col: 0 });
    expect(moveCursor('End', { row: 0, col: 0 }, one)).toEqual({ row: 0, col: 4 });
  });
  it('moves along a single row with up and down too', () => {
    expect(moveCursor('ArrowUp', { row: 0, col: 1 }, one)).toEqual({ row: 0, col: 2 });
    expect(moveCursor('ArrowDown', { row: 0, col: 1 }, one)).toEqual({ row: 0, col: 0 });
  });
  it('changes rows with up and down, keeping the nearest column and skipping empty rows', () => {
    expect(moveCursor('ArrowDown', { row: 0, col: 4 }, [5, 0, 3])).toEqual({ row: 2, col: 2 });
    expect(moveCursor('ArrowUp', { row: 0, col: 1 }, [5, 3])).toEqual({ row: 0, col: 1 });
    expect(moveCursor('ArrowUp', { row: 2, col: 2 }, [5, 0, 3])).toEqual({ row: 0, col: 2 });
    expect(moveCursor('ArrowDown', { row: 1, col: 1 }, [5, 3])).toEqual({ row: 1, col: 1 });
  });
  it('ignores other keys', () => {
    expect(moveCursor('a', { row: 0, col: 0 }, one)).toBeNull();
  });
});
