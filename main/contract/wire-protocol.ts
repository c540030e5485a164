// Messages on the browser shell's WebSocket. The kiosk page connects to /api, the dev dock
// to /dev, both with ?token=<launch token>; the same envelope serves both.
import { z } from 'zod';

export const clientMessageSchema = z.object({
  type: z.literal('request'),
  id: z.number().int().nonnegative(),
  channel: z.string().max(64),
  payload: z.unknown(),
});
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export type ServerMessage =
  | { type: 'response'; id: number; result: { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } } }
  | { type: 'event'; channel: string; payload: unknown };

export const API_PATH = '/api';
export const DEV_DOCK_PATH = '/dev';
/** The launch token travels in the page URL's fragment, never to the server in a request line. */
export const TOKEN_FRAGMENT_KEY = 'token';
