// Every text a citizen can hear has a voice: its clip, or synthesis in a language that has
// one. Amazigh and Darija have no synthesis anywhere, so a missing clip there fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildVoiceClips, espeakAvailable } from '../../../main/build/build-voice-clips.js';
import { checkVoiceCoverage } from '../../../main/build/voice-clip-coverage.js';
import { resolveAudioPath } from '../../../main/electron/app-protocol-handler.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const localesDir = join(root, 'resources', 'locales');
const audioDir = join(root, 'resources', 'audio');

describe('voice clip coverage', () => {
  beforeAll(async () => {
    // Up-to-date clips are skipped: after the first build this takes a second.
    if (await espeakAvailable()) await buildVoiceClips(localesDir, audioDir, 2);
  }, 300_000);

  it('has a clip or a synthesis voice for every spoken text in every voice language', () => {
    const report = checkVoiceCoverage(localesDir, audioDir);
    expect(report.uncovered).toEqual([]);
    expect(report.clips).toBeGreaterThan(0);
  });

  it('finds a missing Amazigh clip', () => {
    const report = checkVoiceCoverage(localesDir, join(root, 'test', 'no-such-audio-dir'));
    expect(report.uncovered).toContain('zgh:attract.welcome');
    expect(report.uncovered).toContain('ary:attract.welcome');
    expect(report.uncovered.some((entry) => entry.startsWith('fr:'))).toBe(false);
  });

  it('serves only sound files from the audio folder', () => {
    expect(resolveAudioPath(audioDir, '/audio/ar/home/title.wav')).toBe(join(audioDir, 'ar', 'home', 'title.wav'));
    expect(resolveAudioPath(audioDir, '/audio/clips.json')).toBe(join(audioDir, 'clips.json'));
    expect(resolveAudioPath(audioDir, '/audio/.stamps.json')).toBeNull();
    expect(resolveAudioPath(audioDir, '/audio/../locales/ar.json')).toBeNull();
    expect(resolveAudioPath(audioDir, '/audio/%2e%2e/%2e%2e/package.json')).toBeNull();
  });

  it('writes real sound files', () => {
    const header = readFileSync(join(audioDir, 'zgh', 'attract', 'welcome.wav')).subarray(0, 4).toString('latin1');
    expect(header).toBe('RIFF');
  });
});
