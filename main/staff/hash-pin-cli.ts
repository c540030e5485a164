// Makes the `pinHash` of a staff account for the configuration:
//   npx tsx main/staff/hash-pin-cli.ts              (asks twice, typing hidden)
//   printf '%s\n' "$PIN" | npx tsx main/staff/hash-pin-cli.ts
// The PIN is read from standard input, never from the command line, so that it stays out
// of the shell history and of the process list.
import { createInterface } from 'node:readline';
import { isPublishedDemoPin } from './demo-accounts.js';
import { hashPin, pinFormatProblem, PIN_MAX_LENGTH, PIN_MIN_LENGTH } from './pin-hash.js';

async function readHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  let typed = '';
  try {
    return await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        for (const ch of chunk.toString('utf8')) {
          if (ch === '\r' || ch === '\n') {
            input.off('data', onData);
            resolve(typed);
            return;
          }
          if (ch === '\u0003') {
            input.off('data', onData);
            reject(new Error('cancelled'));
            return;
          }
          if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
          else typed += ch;
        }
      };
      input.on('data', onData);
    });
  } finally {
    input.setRawMode(false);
    input.pause();
    process.stderr.write('\n');
  }
}

async function readPiped(): Promise<string> {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line.trim();
  }
  return '';
}

async function main(): Promise<void> {
  let pin: string;
  if (process.stdin.isTTY) {
    pin = await readHidden(`PIN (${PIN_MIN_LENGTH}-${PIN_MAX_LENGTH} digits): `);
    if ((await readHidden('Same PIN again: ')) !== pin) throw new Error('the two PINs differ; nothing was printed');
  } else {
    pin = await readPiped();
  }
  const problem = pinFormatProblem(pin);
  if (problem) throw new Error(`a PIN is ${PIN_MIN_LENGTH} to ${PIN_MAX_LENGTH} digits, nothing else`);
  // The demo accounts' PINs are in the README: no real account may have one (it would be refused at sign-in).
  if (isPublishedDemoPin(pin)) throw new Error('this is a published demo PIN: choose another; nothing was printed');
  console.log(await hashPin(pin));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
