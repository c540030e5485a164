// What the embedded office server charges and where it sends citizens to collect, in one
// place: the kiosk's configuration defaults to the same figures, so the fee the citizen sees
// before confirming is the fee on the receipt when no real backend is configured.
export const CIVIL_STATUS_FEE_PER_COPY_CENTIMES = {
  'birth-extract': 2000,
  'birth-full-copy': 3000,
  'marriage-extract': 2000,
  'death-extract': 2000,
} as const;

/** Counter (guichet) where civil-status documents are collected. */
export const CIVIL_STATUS_COLLECTION_COUNTER = '3';
