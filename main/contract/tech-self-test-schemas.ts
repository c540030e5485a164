// The technician's self-test report (issue 5, item 11) and screen checks (item 6).
export const techSelfTestRequestChannels = {} as const;
