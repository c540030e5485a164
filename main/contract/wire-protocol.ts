// Messages on the browser shell's WebSocket. The kiosk page connects to /api, the dev dock
// to /dev, both authorised by the session cookie the shell set when the page was opened with
// its one-time launch address; the same envelope serves both.
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
/** The query parameter of a one-time launch address (?launch=<ticket>), exchanged on first load for the session cookie. */
export const LAUNCH_QUERY_KEY = 'launch';
