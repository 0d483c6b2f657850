// The encodings a file can be read as: what spreadsheets and CRMs write. ISO-8859-1 reads as
// Windows-1252, its superset (as browsers do).
export const importEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type ImportEncoding = (typeof importEncodings)[number];

export const importDelimiters = [',', ';', '\t', '|'] as const;
export type ImportDelimiter = (typeof importDelimiters)[number];

export type ImportFileKind = 'csv' | 'vcard';

// How to read a file; the delimiter matters only to CSV.
export type ImportFileFormat = { kind: ImportFileKind; encoding: ImportEncoding; delimiter: ImportDelimiter };
