/**
 * One CSV record (RFC 4180): cells joined by commas, a cell quoted when it holds a comma, a quote,
 * a line break or leading/trailing spaces (quotes doubled inside), null written as an empty cell;
 * ended by CRLF.
 */
export function csvLine(cells: ReadonlyArray<string | null>): string {
  return `${cells.map((c) => (c === null ? '' : /[",\r\n]|^\s|\s$/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')}\r\n`;
}
