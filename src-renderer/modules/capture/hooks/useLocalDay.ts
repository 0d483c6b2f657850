import { useEffect, useState } from 'react';
import { localDay } from '../utils/captureSettings';

// Today's local date, checked every minute: a view left open past midnight sees the new day.
// The state holds the date only, so the view renders again once a day, not every minute.
export function useLocalDay(): string {
  const [day, setDay] = useState(localDay);
  useEffect(() => {
    const timer = setInterval(() => setDay(localDay()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return day;
}
