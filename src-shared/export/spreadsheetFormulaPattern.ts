// Spreadsheets run a cell that starts with =, +, -, @, tab or carriage return as a formula, so an
// imported "=HYPERLINK(...)" could act when an export is opened; papaparse's escapeFormulae puts
// an apostrophe before cells this matches. Plain numbers (an E.164 phone, a negative amount)
// cannot reference anything and are left alone, so our own import reads them back unchanged.
export const spreadsheetFormulaPattern = /^(?![+-]?\d+(?:[.,]\d+)?$)[=+\-@\t\r]/;
