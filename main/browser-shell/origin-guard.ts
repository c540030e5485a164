// The browser shell listens on loopback only, but any web page the kiosk's browser (or a
// technician's) visits could still try to reach it: check Host (DNS rebinding), Origin and
// the session cookie (shell-sessions.ts) on every WebSocket.

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}
