// Wires tap-to-hear to the page, in the capture phase so that it works for every control of
// every screen without the screens knowing: the first tap on a control is stopped before React
// sees it. Any tap also silences what was being said (EN 301 549 5.1.3.5).
import { CONTROL_SELECTOR, DESCRIBED_SELECTOR, descriptionPartsOf, labelPartsOf, type KeyLookup } from './control-label.js';
import type { SpeechEngine } from './speech-engine.js';
import { decideTap, initialTapState, type TapMode, type TapState } from './tap-to-hear.js';

export const ARMED_ATTRIBUTE = 'data-speech-armed';
/** `data-speech-mask="tone"`: a masked entry. `data-speech-act="immediate"`: acts on first tap. */
export const MASK_ATTRIBUTE = 'data-speech-mask';
export const IMMEDIATE_ATTRIBUTE = 'data-speech-act';

export interface SpeakModeTaps {
  /** Forgets the armed control (a new citizen, or speak mode switched off). */
  disarm(): void;
  dispose(): void;
}

/**
 * Character keys of a keyboard typing something personal — a birth date, a card or phone
 * number — give a tone even where the field shows them (EN 301 549 5.1.3.8 and 5.1.3.9): the
 * keyboard's panel names its field kind, the speech layer decides what is private.
 */
const PRIVATE_ENTRY_KEY = ['date', 'card-number', 'phone'].map((field) => `[data-field="${field}"] .keyboard-key--char`).join(', ');

function modeOf(control: Element): TapMode {
  if (control.closest(`[${MASK_ATTRIBUTE}="tone"]`)) return 'tone';
  if (control.matches(PRIVATE_ENTRY_KEY)) return 'tone';
  if (control.closest(`[${IMMEDIATE_ATTRIBUTE}="immediate"]`)) return 'immediate';
  return 'label';
}

export function installSpeakModeTaps(
  doc: Document,
  engine: SpeechEngine,
  lookup: () => KeyLookup,
  now: () => number = () => Date.now(),
): SpeakModeTaps {
  let state: TapState<Element> = initialTapState();
  const setArmed = (next: Element | null) => {
    if (state.armed && state.armed !== next) state.armed.removeAttribute(ARMED_ATTRIBUTE);
    if (next) next.setAttribute(ARMED_ATTRIBUTE, '');
  };

  const onPointerDown = () => {
    if (engine.enabled) engine.stop();
  };

  const onClick = (event: MouseEvent) => {
    if (!engine.enabled || !(event.target instanceof Element)) return;
    const control = event.target.closest(CONTROL_SELECTOR);
    if (!control) {
      // Not a control, so nothing to act on: a described image says what it is on every tap.
      const described = event.target.closest(DESCRIBED_SELECTOR);
      if (!described) return;
      setArmed(null);
      state = initialTapState();
      engine.sayParts(descriptionPartsOf(described, lookup()), 'label');
      return;
    }
    if (control.closest('[aria-disabled="true"]')) return;
    const { decision, next } = decideTap(state, control, modeOf(control), now());
    setArmed(next.armed);
    state = next;
    if (decision === 'act') {
      engine.stop();
      return;
    }
    if (decision === 'tone-and-act') {
      engine.tone();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    engine.sayParts(labelPartsOf(control, lookup()), 'label');
  };

  doc.addEventListener('pointerdown', onPointerDown, true);
  doc.addEventListener('click', onClick, true);
  return {
    disarm: () => {
      setArmed(null);
      state = initialTapState();
    },
    dispose: () => {
      doc.removeEventListener('pointerdown', onPointerDown, true);
      doc.removeEventListener('click', onClick, true);
      setArmed(null);
    },
  };
}
