// RFC 4180 CSV as spreadsheet programs save it: quoted fields with "" escapes and line breaks inside, CRLF or LF, an
// optional UTF-8 byte-order mark (--excel, or Excel's "CSV UTF-8"). Small enough to own rather than add a dependency.

export class CsvSyntaxError extends Error {}

export function parseCsv(input: string): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let line = 1;
  const endField = () => { row.push(field); field = ''; };
  const endRow = () => { endField(); rows.push(row); row = []; };
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      if (c === '\n') line++;
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { endField(); i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { endRow(); line++; i += 2; continue; }
    if (c === '\n' || c === '\r') { endRow(); line++; i++; continue; }
    field += c; i++;
  }
  if (quoted) throw new CsvSyntaxError(`a quoted field opened before line ${line} is never closed`);
  if (field !== '' || row.length) endRow();
  return rows;
}

/** Rows as records keyed by the header row; blank lines are dropped. Each record knows its spreadsheet row number (the header is row 1). */
export function csvRecords(input: string): { header: string[]; records: Array<{ row: number; cells: Record<string, string> }> } {
  const rows = parseCsv(input);
  const header = (rows[0] ?? []).map((h) => h.trim());
  const records: Array<{ row: number; cells: Record<string, string> }> = [];
  rows.slice(1).forEach((r, k) => {
    if (r.every((c) => c.trim() === '')) return;
    const cells: Record<string, string> = {};
    header.forEach((h, j) => { cells[h] = r[j] ?? ''; });
    records.push({ row: k + 2, cells });
  });
  return { header, records };
}
