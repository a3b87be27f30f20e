/**
 * Parses one comma-separated line of non-negative integers, as both benchmark formats use.
 * A trailing comma (and surrounding spaces) is allowed; anything else that is not a
 * non-negative integer is an error naming the 1-based line number, so a broken file can be fixed.
 */
export function parseIntegerList(line: string, lineNumber: number, what: string): number[] {
  let text = line.trim();
  if (text.endsWith(',')) text = text.slice(0, -1);
  if (text === '') return [];
  return text.split(',').map((cell, column) => {
    const value = cell.trim();
    if (!/^\d+$/.test(value)) {
      throw new Error(`line ${lineNumber}: ${what} value ${column + 1} is "${value}", expected a non-negative integer`);
    }
    return Number(value);
  });
}

/** Splits text into lines, accepting both \n and \r\n endings. */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}
