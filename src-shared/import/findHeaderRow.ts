// Where the header is among a file's first rows: LinkedIn's Connections.csv, for one, starts
// with a few lines of notes. It is the first row with at least two values and at least half as
// many as the widest row; a file of one column has its header first.
export function findHeaderRow(rows: readonly string[][]): number {
  const filled = rows.map((row) => row.filter((cell) => cell.trim()).length);
  const widest = Math.max(0, ...filled);
  const index = filled.findIndex((count) => count >= 2 && count * 2 >= widest);
  return Math.max(0, index);
}
