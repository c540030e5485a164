// One diagnostics view's data for a screen: loaded when the screen opens, again on demand, and
// every `intervalMs` when given. The last good data stays on screen when a refresh fails.
import { useCallback, useEffect, useRef, useState } from 'react';
import { RefreshLoop } from './refresh-loop.js';

export interface TechView<T> {
  data: T | null;
  /** The last refresh failed (the error itself, for staffErrorKey). */
  error: unknown;
  loading: boolean;
  refresh: () => void;
}

export function useTechView<T>(load: () => Promise<T>, intervalMs: number | null): TechView<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const loop = useRef<RefreshLoop<T> | null>(null);

  useEffect(() => {
    const current = new RefreshLoop<T>(
      {
        load: () => {
          setLoading(true);
          return load();
        },
        onData: (next) => {
          setData(next);
          setError(null);
          setLoading(false);
        },
        onError: (failure) => {
          setError(failure);
          setLoading(false);
        },
      },
      intervalMs,
    );
    loop.current = current;
    current.start();
    return () => current.stop();
  }, [load, intervalMs]);

  const refresh = useCallback(() => loop.current?.refreshNow(), []);
  return { data, error, loading, refresh };
}
