// What a control says on the first tap in speak mode: its aria-label, else its visible text,
// split into the screen strings it shows so that each part can come from its recorded clip.
import type { SpeechPart } from './speech-engine.js';

/** Screen text → i18n key, for the screen's current language. */
export type KeyLookup = (text: string) => string | null;

export const CONTROL_SELECTOR = [
  'button',
  'a[href]',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[role="button"]',
  '[role="link"]',
  '[role="tab"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="switch"]',
  '[role="option"]',
  '[role="menuitem"]',
].join(', ');

/** Non-text content a citizen can tap to hear described, a QR code (EN 301 549 5.1.3.6). */
export const DESCRIBED_SELECTOR = 'img[data-speech-describe]';

/** What a tap on a described image says: its text alternative, the same that axe checks. */
export function descriptionPartsOf(image: Element, lookup: KeyLookup): SpeechPart[] {
  const alt = normaliseText(image.getAttribute('alt') ?? '');
  return alt === '' ? [] : [{ key: lookup(alt), text: alt }];
}

export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Builds the reverse lookup from a translation tree (the i18n resource of one language). */
export function buildKeyLookup(tree: unknown): KeyLookup {
  const byText = new Map<string, string>();
  const walk = (value: unknown, prefix: string): void => {
    if (typeof value === 'string') {
      const text = normaliseText(value);
      // The first key wins: the same word in two places is the same clip anyway.
      if (text !== '' && !byText.has(text)) byText.set(text, prefix);
      return;
    }
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, prefix ? `${prefix}.${key}` : key);
    }
  };
  walk(tree, '');
  return (text) => byText.get(normaliseText(text)) ?? null;
}

function hidden(element: Element): boolean {
  return element.getAttribute('aria-hidden') === 'true' || element.tagName.toLowerCase() === 'svg';
}

function collect(node: Node, lookup: KeyLookup, out: SpeechPart[]): void {
  if (node.nodeType === 3) {
    const text = normaliseText(node.textContent ?? '');
    if (text !== '') out.push({ key: lookup(text), text });
    return;
  }
  if (node.nodeType !== 1) return;
  const element = node as Element;
  if (hidden(element)) return;
  const text = normaliseText(element.textContent ?? '');
  if (text === '') return;
  // Personal data shown on screen (data-speech-private): only a headset may say it.
  if (element.hasAttribute('data-speech-private')) {
    out.push({ key: null, text, private: true });
    return;
  }
  const key = lookup(text);
  if (key !== null) {
    out.push({ key, text });
    return;
  }
  for (const child of Array.from(element.childNodes)) collect(child, lookup, out);
}

export function labelPartsOf(control: Element, lookup: KeyLookup): SpeechPart[] {
  const doc = control.ownerDocument;
  const ariaLabel = normaliseText(control.getAttribute('aria-label') ?? '');
  if (ariaLabel !== '') return [{ key: lookup(ariaLabel), text: ariaLabel }];
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const parts: SpeechPart[] = [];
    for (const id of labelledBy.split(/\s+/)) {
      const labelElement = doc.getElementById(id);
      if (labelElement) collect(labelElement, lookup, parts);
    }
    if (parts.length > 0) return parts;
  }
  const parts: SpeechPart[] = [];
  collect(control, lookup, parts);
  if (parts.length === 0) {
    // An input's name is its <label>, or its placeholder.
    const id = control.getAttribute('id');
    const label = id ? doc.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
    if (label) collect(label, lookup, parts);
    else {
      const placeholder = normaliseText(control.getAttribute('placeholder') ?? '');
      if (placeholder !== '') parts.push({ key: lookup(placeholder), text: placeholder });
    }
  }
  return parts;
}
