// Errors crossing Electron's contextBridge keep their message and lose every other property,
// so the contract error code travels inside the message and is read back on the page side.
// No Electron import: the renderer may import the decoder.
import { contractErrorSchema, type ContractError } from './kiosk-contract.js';

const PATTERN = /^\[borne:([a-z-]+)\] ([\s\S]*)$/;

export function encodeBridgeErrorMessage(error: ContractError): string {
  return `[borne:${error.code}] ${error.message}`;
}

/** The contract error inside a message made by `encodeBridgeErrorMessage`, or null. */
export function decodeBridgeErrorMessage(message: string): ContractError | null {
  const match = PATTERN.exec(message);
  if (!match) return null;
  const parsed = contractErrorSchema.safeParse({ code: match[1], message: match[2] });
  return parsed.success ? parsed.data : null;
}
