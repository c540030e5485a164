// Keyboard layouts as plain data, so tests can check every letter and the component only draws.
// Rows are stored in reading order: for a right-to-left layout the first key of a row is the
// rightmost one on screen, which puts every Arabic letter where a Moroccan physical keyboard has it.

export const LAYOUT_IDS = ['arabic', 'azerty', 'tifinagh', 'numeric', 'phone'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

export type KeyAction = 'backspace' | 'clear' | 'shift' | 'switch' | 'done';

/** Keys wider than a letter: the space bar and the action keys with a word on them. */
export type KeyWidth = 'normal' | 'wide' | 'space';

export interface CharKey {
  readonly type: 'char';
  /** What a tap inserts; may be several code points (لا, ⴳⵯ). */
  readonly text: string;
  /** Inserted after a one-shot shift; letters default to their upper case. */
  readonly shifted?: string;
  /** i18n key of the spoken/aria name for keys that are not letters (space, punctuation). */
  readonly labelKey?: string;
  readonly width?: KeyWidth;
}

export interface ActionKey {
  readonly type: 'action';
  readonly action: KeyAction;
  readonly width?: KeyWidth;
}

export type KeyDef = CharKey | ActionKey;

export interface KeyRow {
  readonly keys: readonly KeyDef[];
  /** Digits read left to right even inside the Arabic layout, as on every Moroccan keyboard. */
  readonly dir?: 'ltr' | 'rtl';
}

export interface KeyboardLayout {
  readonly id: LayoutId;
  /** BCP 47 tag of the letters, so the browser picks the right font and shaping. */
  readonly lang: 'ar' | 'fr' | 'zgh' | 'zxx';
  readonly dir: 'ltr' | 'rtl';
  /** Short name in the layout's own script, shown on the switch key. */
  readonly nativeLabel: string;
  /** i18n key naming the layout in the screen language (aria-label of the switch key). */
  readonly nameKey: string;
  /** Narrow keypads (numbers) are drawn as a grid, not as a full-width keyboard. */
  readonly shape: 'keyboard' | 'keypad';
  readonly rows: readonly KeyRow[];
}

const chars = (list: string): CharKey[] => list.split(' ').map((text) => ({ type: 'char', text }));
const action = (name: KeyAction, width: KeyWidth = 'wide'): ActionKey => ({ type: 'action', action: name, width });
const SPACE: CharKey = { type: 'char', text: ' ', labelKey: 'keyboard.space', width: 'space' };
const DIGITS_ROW: KeyRow = { keys: chars('1 2 3 4 5 6 7 8 9 0'), dir: 'ltr' };

// Morocco writes Western digits in Arabic text too, so the digit row is the same everywhere.
const ARABIC: KeyboardLayout = {
  id: 'arabic',
  lang: 'ar',
  dir: 'rtl',
  nativeLabel: 'أ ب ت',
  nameKey: 'keyboard.layouts.arabic',
  shape: 'keyboard',
  rows: [
    DIGITS_ROW,
    { keys: chars('د ج ح خ ه ع غ ف ق ث ص ض') },
    { keys: chars('ط ك م ن ت ا ل ب ي س ش') },
    { keys: chars('ظ ز و ة ى لا ر ؤ ء ئ') },
    // Hamza carriers are shifted keys on a physical keyboard; a kiosk has single taps only.
    { keys: [...chars('ذ آ إ أ'), ...punctuation('، ؟ . -')] },
    { keys: [action('switch'), SPACE, action('backspace'), action('clear'), action('done')] },
  ],
};

const AZERTY: KeyboardLayout = {
  id: 'azerty',
  lang: 'fr',
  dir: 'ltr',
  nativeLabel: 'AZERTY',
  nameKey: 'keyboard.layouts.azerty',
  shape: 'keyboard',
  rows: [
    DIGITS_ROW,
    { keys: chars('a z e r t y u i o p') },
    { keys: chars('q s d f g h j k l m') },
    { keys: [action('shift'), ...chars('w x c v b n'), ...punctuation("' - , .")] },
    // Accents get their own row instead of dead keys or long presses.
    { keys: chars('é è ê ë à â ç ù û ô î ï') },
    { keys: [action('switch'), SPACE, action('backspace'), action('clear'), action('done')] },
  ],
};

/** The IRCAM alphabet in its usual teaching order, ⵯ (labialisation) last. */
export const TIFINAGH_LETTERS = [
  'ⴰ', 'ⴱ', 'ⴳ', 'ⴳⵯ', 'ⴷ', 'ⴹ', 'ⴻ', 'ⴼ', 'ⴽ', 'ⴽⵯ', 'ⵀ', 'ⵃ', 'ⵄ', 'ⵅ', 'ⵇ', 'ⵉ', 'ⵊ',
  'ⵍ', 'ⵎ', 'ⵏ', 'ⵓ', 'ⵔ', 'ⵕ', 'ⵖ', 'ⵙ', 'ⵚ', 'ⵛ', 'ⵜ', 'ⵟ', 'ⵡ', 'ⵢ', 'ⵣ', 'ⵥ', 'ⵯ',
] as const;

// Few citizens have typed Tifinagh on a machine, so the letters follow the alphabet, not a
// physical layout they would have to know.
const TIFINAGH: KeyboardLayout = {
  id: 'tifinagh',
  lang: 'zgh',
  dir: 'ltr',
  nativeLabel: 'ⴰⴱⴳ',
  nameKey: 'keyboard.layouts.tifinagh',
  shape: 'keyboard',
  rows: [
    DIGITS_ROW,
    { keys: TIFINAGH_LETTERS.slice(0, 12).map((text) => ({ type: 'char', text })) },
    { keys: TIFINAGH_LETTERS.slice(12, 23).map((text) => ({ type: 'char', text })) },
    { keys: [...TIFINAGH_LETTERS.slice(23).map((text): CharKey => ({ type: 'char', text })), ...punctuation('- , .')] },
    { keys: [action('switch'), SPACE, action('backspace'), action('clear'), action('done')] },
  ],
};

const NUMERIC: KeyboardLayout = {
  id: 'numeric',
  lang: 'zxx',
  dir: 'ltr',
  nativeLabel: '123',
  nameKey: 'keyboard.layouts.numeric',
  shape: 'keypad',
  rows: [
    { keys: chars('1 2 3') },
    { keys: chars('4 5 6') },
    { keys: chars('7 8 9') },
    { keys: [action('clear', 'normal'), ...chars('0'), action('backspace', 'normal')] },
    { keys: [action('switch'), action('done')] },
  ],
};

// The phone pad is the numeric one plus "+": the field rule only accepts it in first place.
const PHONE: KeyboardLayout = {
  ...NUMERIC,
  id: 'phone',
  nameKey: 'keyboard.layouts.phone',
  rows: [
    { keys: chars('1 2 3') },
    { keys: chars('4 5 6') },
    { keys: chars('7 8 9') },
    { keys: [{ type: 'char', text: '+', labelKey: 'keyboard.keys.plus' }, ...chars('0'), action('backspace', 'normal')] },
    { keys: [action('clear'), action('done')] },
  ],
};

function punctuation(list: string): CharKey[] {
  const names: Record<string, string> = {
    "'": 'keyboard.keys.apostrophe',
    '-': 'keyboard.keys.hyphen',
    ',': 'keyboard.keys.comma',
    '،': 'keyboard.keys.comma',
    '.': 'keyboard.keys.period',
    '؟': 'keyboard.keys.question',
  };
  return list.split(' ').map((text) => ({ type: 'char', text, shifted: text, labelKey: names[text] }));
}

export const LAYOUTS: Readonly<Record<LayoutId, KeyboardLayout>> = {
  arabic: ARABIC,
  azerty: AZERTY,
  tifinagh: TIFINAGH,
  numeric: NUMERIC,
  phone: PHONE,
};

/** Every key of a layout, row after row, in reading order. */
export function keysOf(layout: KeyboardLayout): KeyDef[] {
  return layout.rows.flatMap((row) => row.keys);
}

/** Text keys only: what a layout can type. */
export function charactersOf(layout: KeyboardLayout): string[] {
  return keysOf(layout).flatMap((key) => (key.type === 'char' ? [key.text] : []));
}
