// Builds the placeholder voice clips: `npx tsx main/build/build-voice-clips.ts`.
// For every spoken text (renderer/speech/spoken-namespaces.ts) without interpolated values,
// espeak-ng (Debian package `espeak-ng`) writes resources/audio/<voice>/<namespace>/<key>.wav
// and the list of clips goes to resources/audio/clips.json, which the kiosk reads.
//   ar, fr, en: espeak-ng's own voices of those languages, for the namespaces of
//     CLIPPED_NAMESPACES_WITH_SYNTHESIS only (synthesis says the rest).
//   zgh (PLACEHOLDER): espeak-ng has no Amazigh voice; the Tifinagh text is transliterated to
//     Latin letters and read by the French voice.
//   ary (PLACEHOLDER): espeak-ng has no Darija voice; the Arabic screen's text is read by the
//     Arabic voice, lower and slower so that the choice is audible.
// Recordings by native speakers replace these files one by one under the same names. A clip
// whose text and voice did not change is not rebuilt (resources/audio/.stamps.json).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { clipPathOf, hasPlaceholders, SYNTHESIS_LANGUAGES, VOICE_LANGUAGES, type VoiceLanguage } from '../../renderer/speech/clip-ids.js';
import { CLIPPED_NAMESPACES_WITH_SYNTHESIS } from '../../renderer/speech/spoken-namespaces.js';
import { CLIP_INDEX_FILE } from '../../renderer/speech/clip-index.js';
import { spokenStrings } from './spoken-strings.js';
import { screenLanguageOf } from './voice-clip-coverage.js';
import { tifinaghToLatin } from './tifinagh-latin.js';

const run = promisify(execFile);
const STAMPS_FILE = '.stamps.json';

interface VoiceSetting {
  args: readonly string[];
  prepare: (text: string) => string;
}

const VOICES: Record<VoiceLanguage, VoiceSetting> = {
  ar: { args: ['-v', 'ar'], prepare: (text) => text },
  fr: { args: ['-v', 'fr'], prepare: (text) => text },
  en: { args: ['-v', 'en'], prepare: (text) => text },
  zgh: { args: ['-v', 'fr', '-s', '150'], prepare: tifinaghToLatin },
  ary: { args: ['-v', 'ar', '-p', '30', '-s', '150'], prepare: (text) => text },
};

export interface ClipJob {
  voice: VoiceLanguage;
  key: string;
  file: string;
  args: string[];
  stamp: string;
}

export function planClipJobs(localesDir: string, audioDir: string): ClipJob[] {
  const jobs: ClipJob[] = [];
  for (const voice of VOICE_LANGUAGES) {
    const setting = VOICES[voice];
    for (const [key, text] of spokenStrings(localesDir, screenLanguageOf(voice))) {
      const path = clipPathOf(voice, key);
      if (path === null || hasPlaceholders(text) || text.trim() === '') continue;
      const namespace = key.slice(0, key.indexOf('.'));
      if (SYNTHESIS_LANGUAGES.has(voice) && !CLIPPED_NAMESPACES_WITH_SYNTHESIS.includes(namespace)) continue;
      const spoken = setting.prepare(text);
      const args = [...setting.args, '-w', join(audioDir, path), '--', spoken];
      const stamp = createHash('sha256').update(JSON.stringify([setting.args, spoken])).digest('hex').slice(0, 16);
      jobs.push({ voice, key, file: join(audioDir, path), args, stamp });
    }
  }
  return jobs;
}

function readStamps(audioDir: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(join(audioDir, STAMPS_FILE), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

function wavFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => file.endsWith('.wav') && statSync(file).isFile());
}

export interface BuildResult {
  built: number;
  skipped: number;
  removed: number;
}

export async function buildVoiceClips(localesDir: string, audioDir: string, jobsInParallel = 2): Promise<BuildResult> {
  const jobs = planClipJobs(localesDir, audioDir);
  const stamps = readStamps(audioDir);
  const wanted = new Set(jobs.map((job) => job.file));
  // A clip of a string that no longer exists would be listed as covering nothing.
  let removed = 0;
  for (const file of wavFilesUnder(audioDir)) {
    if (wanted.has(file)) continue;
    rmSync(file);
    removed += 1;
  }
  const todo = jobs.filter((job) => !(existsSync(job.file) && stamps[relative(audioDir, job.file)] === job.stamp));
  let next = 0;
  const worker = async () => {
    for (let job = todo[next++]; job; job = todo[next++]) {
      mkdirSync(dirname(job.file), { recursive: true });
      await run('espeak-ng', job.args);
      stamps[relative(audioDir, job.file)] = job.stamp;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobsInParallel) }, worker));
  const index: Partial<Record<VoiceLanguage, string[]>> = {};
  for (const job of jobs) (index[job.voice] ??= []).push(job.key);
  for (const key of Object.keys(stamps)) if (!wanted.has(join(audioDir, key))) delete stamps[key];
  mkdirSync(audioDir, { recursive: true });
  writeFileSync(join(audioDir, CLIP_INDEX_FILE), `${JSON.stringify(index)}\n`);
  writeFileSync(join(audioDir, STAMPS_FILE), `${JSON.stringify(stamps, null, 1)}\n`);
  return { built: todo.length, skipped: jobs.length - todo.length, removed };
}

export async function espeakAvailable(): Promise<boolean> {
  try {
    await run('espeak-ng', ['--version']);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  if (!(await espeakAvailable())) {
    console.error('espeak-ng is not installed (Debian: apt-get install espeak-ng)');
    process.exit(1);
  }
  const parallel = Number(process.env.BORNE_CLIP_JOBS) || Math.min(2, availableParallelism());
  const started = Date.now();
  const result = await buildVoiceClips(join(root, 'resources', 'locales'), join(root, 'resources', 'audio'), parallel);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`voice clips: ${result.built} built, ${result.skipped} up to date, ${result.removed} removed (${seconds} s)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
