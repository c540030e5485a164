// Does every spoken text have a voice? A text is covered by its recorded clip, or by the
// platform's synthesis in a language that has one (ar, fr, en). Amazigh and Darija have no
// synthesis anywhere: every one of their texts needs a clip. The only exception is a text
// with interpolated values (a clip cannot hold a number that changes): there, the Arabic
// synthesis speaks, and the coverage lists it so nobody mistakes it for a clip.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../contract/kiosk-contract.js';
import { clipPathOf, hasPlaceholders, SYNTHESIS_LANGUAGES, VOICE_LANGUAGES, type VoiceLanguage } from '../../renderer/speech/clip-ids.js';
import { spokenStrings } from './spoken-strings.js';

/** The strings a voice language reads: Darija clips are made from the Arabic screen's texts. */
export function screenLanguageOf(voice: VoiceLanguage): Language {
  return voice === 'ary' ? 'ar' : voice;
}

export interface CoverageReport {
  /** `<voice>:<key>` with no clip and no synthesis in that language: the failures. */
  uncovered: string[];
  /** `<voice>:<key>` said by the Arabic synthesis because the text carries values. */
  interpolatedFallbacks: string[];
  clips: number;
  synthesised: number;
}

export function checkVoiceCoverage(localesDir: string, audioDir: string): CoverageReport {
  const report: CoverageReport = { uncovered: [], interpolatedFallbacks: [], clips: 0, synthesised: 0 };
  for (const voice of VOICE_LANGUAGES) {
    for (const [key, text] of spokenStrings(localesDir, screenLanguageOf(voice))) {
      const clip = hasPlaceholders(text) ? null : clipPathOf(voice, key);
      if (clip !== null && existsSync(join(audioDir, clip))) report.clips += 1;
      else if (SYNTHESIS_LANGUAGES.has(voice)) report.synthesised += 1;
      else if (hasPlaceholders(text)) report.interpolatedFallbacks.push(`${voice}:${key}`);
      else report.uncovered.push(`${voice}:${key}`);
    }
  }
  return report;
}
