// The columns a vCard is read into, so cards go through the same mapping, checks and report
// as the rows of a CSV file. Their names are ones the automatic mapping knows, except Website:
// the import has no target for a web site, so that column starts unmapped (capture reads it).
export const vCardColumns = ['First Name', 'Last Name', 'Email', 'Phone', 'Company', 'Job Title', 'Notes', 'City', 'Country', 'Categories', 'LinkedIn', 'Website'] as const;
export type VCardColumn = (typeof vCardColumns)[number];
