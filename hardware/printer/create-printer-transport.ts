// Picks the transport from the configured interface string (validated by hardware-config).
import { FilePrinterTransport, SerialPrinterTransport, isSerialPath } from './printer-transport-device.js';
import { TcpPrinterTransport, parseTcpAddress } from './printer-transport-tcp.js';
import type { PrinterTransport, TransportTimeouts } from './printer-transport.js';

/** Status answers arrive within a few ms; a second is ample and keeps silent printers cheap. */
export function defaultTimeouts(timeoutMs: number): TransportTimeouts {
  return { timeoutMs, statusTimeoutMs: Math.min(1000, timeoutMs) };
}

export function createPrinterTransport(address: string, timeouts: TransportTimeouts, baudRate = 9600): PrinterTransport {
  if (address.startsWith('tcp://')) {
    const tcp = parseTcpAddress(address);
    if (!tcp) throw new Error(`not a tcp://host:port printer address: ${address}`);
    return new TcpPrinterTransport(tcp.host, tcp.port, timeouts);
  }
  if (isSerialPath(address)) return new SerialPrinterTransport(address, timeouts, baudRate);
  return new FilePrinterTransport(address, timeouts);
}
