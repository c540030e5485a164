// The technician's live configuration view and edit (issue 5, item 9).
export const techConfigRequestChannels = {} as const;
