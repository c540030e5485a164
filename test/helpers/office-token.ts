// The bearer token the tests' office servers expect and their kiosks and clients send.
export const TEST_OFFICE_TOKEN = 'test-office-token-0123456789abcdef';
