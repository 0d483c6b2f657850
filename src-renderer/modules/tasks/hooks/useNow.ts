import { useEffect, useState } from 'react';

// The current time, renewed every `intervalMs`, so a task turns overdue (or a day turns over)
// on screen without a reload.
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
