// The ASCII control bytes serial readers frame their data with (CR / LF line ends, STX ... ETX
// blocks), named once for the framer, the noise detector and the technician's console.
export const STX = 0x02;
export const ETX = 0x03;
export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
