// True while a value keeps changing (and for `quietMs` after): lets the results wait out a typing burst.
import { useEffect, useState } from 'preact/hooks';

export function useRecentChange<T>(value: T, quietMs: number): boolean {
  const [recent, setRecent] = useState(false);
  const [first, setFirst] = useState(true);
  useEffect(() => {
    if (first) {
      setFirst(false);
      return;
    }
    setRecent(true);
    const timer = setTimeout(() => setRecent(false), quietMs);
    return () => clearTimeout(timer);
  }, [value]);
  return recent;
}
