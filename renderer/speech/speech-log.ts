// The test hook (window.__borneSpeech): every utterance the engine decides to say, in order.
// Installed always — it is a plain array. A masked entry is logged as a tone with no key and
// no text, so a PIN or card digit can never reach the log, the speaker or a test report.
import type { SpeechKind } from './speech-control.js';

export type SpeechSource = 'clip' | 'synthesis' | 'tone' | 'none';

export interface SpeechLogEntry {
  kind: SpeechKind | 'tone';
  key: string | null;
  text: string;
  language: string;
  source: SpeechSource;
}

export interface SpeechLog {
  log: SpeechLogEntry[];
  clear(): void;
}

declare global {
  interface Window {
    __borneSpeech?: SpeechLog;
  }
}

export function createSpeechLog(): SpeechLog {
  const hook: SpeechLog = {
    log: [],
    clear: () => {
      hook.log.length = 0;
    },
  };
  return hook;
}

/** Installs the hook once per page and returns it (a second provider shares the same log). */
export function installSpeechLog(win: Window): SpeechLog {
  if (!win.__borneSpeech) win.__borneSpeech = createSpeechLog();
  return win.__borneSpeech;
}
