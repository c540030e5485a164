// Plays an ID reader, a barcode scanner or a badge reader by hand, over a pseudo-terminal.
//
//   One shot into the simulator end of an existing pty pair:
//     npx tsx hardware/simulators/serial-device-cli.ts --path /tmp/x/ttyB --specimen mar-cnie-td1 --framing stx-etx
//     npx tsx hardware/simulators/serial-device-cli.ts --path /tmp/x/ttyB --scan 'A-042'
//   Or make the pair and take commands on stdin (point the kiosk at the printed path):
//     npx tsx hardware/simulators/serial-device-cli.ts --serve /tmp/borne-dev --name id-reader
import { open } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { specimenIdSchema } from '../../main/contract/dev-dock-contract.js';
import { holdBadge } from './badge-holder.js';
import { MRZ_SPECIMENS } from './mrz-specimens.js';
import { SerialDeviceSimulator, frameMrz, type MrzFraming } from './serial-device-simulator.js';

const FRAMINGS: readonly MrzFraming[] = ['cr', 'lf', 'crlf', 'stx-etx'];
const USAGE = `usage: serial-device-cli (--path PTY | --serve DIR [--name NAME])
  [--specimen ${specimenIdSchema.options.join('|')}] [--framing ${FRAMINGS.join('|')}] [--padding]
  [--scan CODE]
serve commands: card SPECIMEN [FRAMING] | scan CODE | badge HEX10 [bad] | unplug | replug | quit`;

function framingOf(value: string | undefined): MrzFraming {
  const framing = FRAMINGS.find((f) => f === (value ?? 'cr'));
  if (!framing) throw new Error(`unknown framing '${value}'`);
  return framing;
}

function specimenLines(value: string): string[] {
  const id = specimenIdSchema.safeParse(value);
  if (!id.success) throw new Error(`unknown specimen '${value}'`);
  return MRZ_SPECIMENS[id.data].lines;
}

async function writeOnce(path: string, chunks: readonly string[]): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    for (const chunk of chunks) await handle.write(Buffer.from(chunk, 'latin1'));
  } finally {
    await handle.close();
  }
}

async function serve(dir: string, name: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const sim = await SerialDeviceSimulator.start({ dir, name });
  console.log(`device path for the kiosk: ${sim.devicePath}`);
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    const [command, arg, extra] = line.trim().split(/\s+/);
    try {
      if (command === 'card' && arg) await sim.writeMrz(specimenLines(arg), framingOf(extra));
      else if (command === 'scan' && arg) await sim.write(`${arg}\r\n`);
      else if (command === 'badge' && arg) await holdBadge(sim, arg, { corruptChecksum: extra === 'bad' });
      else if (command === 'unplug') await sim.unplug();
      else if (command === 'replug') await sim.replug();
      else if (command === 'quit') break;
      else if (command) console.log(USAGE);
    } catch (err) {
      console.error(err instanceof Error ? err.message : err);
    }
  }
  rl.close();
  await sim.stop();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      path: { type: 'string' },
      serve: { type: 'string' },
      name: { type: 'string', default: 'device' },
      specimen: { type: 'string' },
      framing: { type: 'string' },
      padding: { type: 'boolean', default: false },
      scan: { type: 'string' },
    },
  });
  if (values.serve) return serve(values.serve, values.name);
  if (!values.path || (!values.specimen && !values.scan)) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  if (values.specimen) {
    await writeOnce(values.path, frameMrz(specimenLines(values.specimen), framingOf(values.framing), values.padding));
  }
  if (values.scan) await writeOnce(values.path, [`${values.scan}\r\n`]);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
