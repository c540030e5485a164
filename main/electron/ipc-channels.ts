// Names shared by main and the preload. No Electron import: both sides and the tests use it.

/** The one invoke channel: (contract channel, payload) -> RequestResult. */
export const IPC_REQUEST_CHANNEL = 'borne:request';
/** Pushed events: (contract event channel, payload). */
export const IPC_EVENT_CHANNEL = 'borne:event';
/** `window.borne` in the page. */
export const BRIDGE_API_KEY = 'borne';
