// The attract screen coming back means the citizen has gone: the next one starts with speak
// mode off, the standard voice and the default volume (EN 301 549 5.1.3.13).
import { useEffect } from 'react';
import { useSpeech } from './speech-control.js';

export function useSpeechReset(onAttract: boolean): void {
  const { reset } = useSpeech();
  useEffect(() => {
    if (onAttract) reset();
    // `reset` is a new function on every speech change; only the screen matters here.
  }, [onAttract]);
}
