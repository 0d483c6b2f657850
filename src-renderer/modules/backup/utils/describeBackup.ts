export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${(bytes / 1_000).toLocaleString(undefined, { maximumFractionDigits: 1 })} kB`;
  return `${(bytes / 1_000_000).toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`;
}

// contactTags -> "contact tags"
export function tableLabel(table: string): string {
  return table.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
