// The time zone whose calendar days Today and Upcoming follow: the system's.
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
