// The browser shell's WebSocket address for the page's own host. Nothing secret goes in it:
// the shell set an HttpOnly session cookie when the page was first opened with its one-time
// launch address, and the browser sends that cookie with the handshake; no script sees it.
export function webSocketUrl(host: string, path: string): string {
  return `ws://${host}${path}`;
}
