// The technician's live raw console of a serial device (issue 5, item 4).
export const techConsoleRequestChannels = {} as const;
export const techConsoleEventChannels = {} as const;
