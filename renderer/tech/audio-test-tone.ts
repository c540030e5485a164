// A short test tone through WebAudio, in the left speaker, the right one, or both: a wiring
// fault (one channel dead, channels swapped) shows as a tone heard in the wrong place or not
// at all.
export type ToneChannel = 'left' | 'right' | 'both';

const PAN: Record<ToneChannel, number> = { left: -1, right: 1, both: 0 };
const TONE_HZ = 880;
const TONE_SECONDS = 0.8;

type AudioContextClass = typeof AudioContext;

export function audioAvailable(): boolean {
  return typeof globalThis.AudioContext === 'function';
}

let context: AudioContext | undefined;

/** Plays the tone; resolves once it is scheduled (the screen does not wait for its end). */
export async function playTestTone(channel: ToneChannel): Promise<void> {
  const Ctor = (globalThis as { AudioContext?: AudioContextClass }).AudioContext;
  if (!Ctor) throw new Error('WebAudio is not available');
  context ??= new Ctor();
  // Browsers start a context suspended until a user gesture; this call comes from one.
  if (context.state === 'suspended') await context.resume();
  const at = context.currentTime;
  const tone = context.createOscillator();
  tone.frequency.value = TONE_HZ;
  const gain = context.createGain();
  // A short fade in and out: a tone that starts at full level clicks.
  gain.gain.setValueAtTime(0, at);
  gain.gain.linearRampToValueAtTime(0.3, at + 0.05);
  gain.gain.setValueAtTime(0.3, at + TONE_SECONDS - 0.1);
  gain.gain.linearRampToValueAtTime(0, at + TONE_SECONDS);
  const pan = context.createStereoPanner();
  pan.pan.value = PAN[channel];
  tone.connect(gain).connect(pan).connect(context.destination);
  tone.start(at);
  tone.stop(at + TONE_SECONDS);
}
