// Keyboard shortcuts that would leave, reload, zoom or inspect the kiosk page. A keyboard is
// rarely attached to a kiosk, but a technician's (or a curious citizen's) can be.

/** The fields of Electron's `Input` that the decision needs. */
export interface KeyInput {
  type: string;
  key: string;
  code: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

const ALWAYS_BLOCKED_KEYS = new Set([
  'F1', // help
  'F3', // find
  'F5', // reload
  'F6', // focus the (hidden) address bar
  'F7', // caret browsing
  'F10', // menu bar
  'F11', // leave full screen
  'F12', // devtools
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserHome',
  'BrowserSearch',
  'ContextMenu',
  'Print',
  'ZoomIn',
  'ZoomOut',
]);

// Letters after Ctrl/Cmd that reload, close, open, print, save, find or inspect.
const BLOCKED_WITH_PRIMARY = new Set(['r', 'w', 'q', 'n', 't', 'o', 'p', 's', 'f', 'g', 'h', 'j', 'l', 'u', 'e', 'd', 'm']);
// Ctrl/Cmd + these change the zoom level.
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);
const ZOOM_CODES = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);

export function isBlockedShortcut(input: KeyInput): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  if (ALWAYS_BLOCKED_KEYS.has(input.key)) return true;

  const primary = input.control || input.meta;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  if (primary) {
    if (ZOOM_KEYS.has(key) || ZOOM_CODES.has(input.code)) return true;
    if (BLOCKED_WITH_PRIMARY.has(key)) return true;
    // Shift+letter shortcuts (devtools Ctrl+Shift+I/J/C, Ctrl+Shift+Delete) share the letter
    // keys above or are caught here.
    if (input.shift && (key === 'i' || key === 'c' || key === 'Delete')) return true;
    if (input.alt && key === 'i') return true; // Cmd+Alt+I
    if (key === 'Tab' || key === 'PageUp' || key === 'PageDown') return true; // tab switching
  }
  if (input.alt) {
    if (key === 'F4') return true; // close the window
    if (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home') return true; // history
  }
  return false;
}
