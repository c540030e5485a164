// Errors are spoken (EN 301 549 5.1.3.15, ADA 707.5): any element with role="alert" that
// appears on the page is said, whatever screen put it there.
import { labelPartsOf, type KeyLookup } from './control-label.js';
import type { SpeechEngine } from './speech-engine.js';

export function watchAlerts(root: HTMLElement, engine: SpeechEngine, lookup: () => KeyLookup): () => void {
  const seen = new WeakSet<Element>();
  const check = () => {
    const alerts = Array.from(root.querySelectorAll('[role="alert"]'));
    const fresh = alerts.filter((alert) => !seen.has(alert));
    for (const alert of alerts) seen.add(alert);
    if (!engine.enabled) return;
    const parts = fresh.flatMap((alert) => labelPartsOf(alert, lookup()));
    if (parts.length > 0) engine.sayParts(parts, 'error');
  };
  check();
  const observer = new MutationObserver(check);
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });
  return () => observer.disconnect();
}
