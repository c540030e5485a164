// The i18n namespaces (top-level keys) a citizen can hear: clips are built, and coverage is
// checked, for these and only these. Staff and technician screens are never spoken.
export const SPOKEN_NAMESPACES: readonly string[] = [
  // Screen prompts written for speech (issue 6) and the speech engine's own controls.
  'speech',
  'speech-engine',
  // What the kiosk shows a citizen (resources/locales/<language>.json).
  'language',
  'attract',
  'nav',
  'home',
  'ticket',
  'result',
  'idle',
  'errors',
  'services',
  'receipt',
  // The citizen journeys (resources/locales/<language>/<feature>.json).
  'civil-status',
  'legalisation',
  'report',
  'tax',
  'tracking',
  'privacy',
  'printer',
  // Where the card reader, scanner, terminal and printer slot are (a tap on the guidance picture).
  'guidance',
];

/**
 * In ar, fr and en the platform's synthesis covers every text: clips are built only for these
 * (screen prompts and the labels of the controls on every screen), which keeps the clip build
 * under a minute and a half on two cores. Amazigh and Darija get a clip for every spoken text.
 */
export const CLIPPED_NAMESPACES_WITH_SYNTHESIS: readonly string[] = ['speech', 'speech-engine', 'language', 'attract', 'nav', 'home'];
