// The columns a vCard is read into, so cards go through the same mapping, checks and report
// as the rows of a CSV file. Their names are ones the automatic mapping knows.
export const vCardColumns = ['First Name', 'Last Name', 'Email', 'Phone', 'Company', 'Job Title', 'Notes', 'City', 'Country', 'Categories', 'LinkedIn'] as const;
export type VCardColumn = (typeof vCardColumns)[number];
