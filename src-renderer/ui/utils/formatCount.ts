const numberFormat = new Intl.NumberFormat();

// "1 contact", "100,000 contacts"
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${numberFormat.format(count)} ${count === 1 ? singular : plural}`;
}
