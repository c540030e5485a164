// The office backend at the network boundary: a fetch that answers what each test scripts
// (JSON, a problem, garbage, a dropped connection, silence), recording every call.
export interface BackendCall {
  method: string;
  path: string;
  body: unknown;
  idempotencyKey: string | undefined;
}

export type BackendAnswer =
  | { kind: 'json'; status: number; body: unknown }
  | { kind: 'problem'; status: number; code: string }
  | { kind: 'garbage'; status: number }
  | { kind: 'network-error' }
  /** Never answers: only the caller's timeout or abort ends the call. */
  | { kind: 'silence' };

export type BackendRoute = (call: BackendCall) => BackendAnswer | Promise<BackendAnswer>;

export class ScriptedBackend {
  readonly calls: BackendCall[] = [];
  private readonly routes: Array<{ method: string; pattern: RegExp; answer: BackendRoute }> = [];

  on(method: string, pattern: RegExp, answer: BackendRoute | BackendAnswer): this {
    // Later scripts win, so a test can override the default answer of a route.
    this.routes.unshift({ method, pattern, answer: typeof answer === 'function' ? answer : () => answer });
    return this;
  }

  callsTo(method: string, pattern: RegExp): BackendCall[] {
    return this.calls.filter((c) => c.method === method && pattern.test(c.path));
  }

  readonly fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const headers = new Headers(init.headers);
    const call: BackendCall = {
      method: init.method ?? 'GET',
      path: url.pathname,
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      idempotencyKey: headers.get('idempotency-key') ?? undefined,
    };
    this.calls.push(call);
    const route = this.routes.find((r) => r.method === call.method && r.pattern.test(call.path));
    const answer: BackendAnswer = route ? await route.answer(call) : { kind: 'problem', status: 404, code: 'not-found' };
    switch (answer.kind) {
      case 'json':
        return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
      case 'problem':
        return new Response(JSON.stringify({ type: 'about:blank', title: answer.code, status: answer.status, code: answer.code }), {
          status: answer.status,
          headers: { 'content-type': 'application/problem+json' },
        });
      case 'garbage':
        return new Response('<html>proxy error', { status: answer.status });
      case 'network-error':
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
      case 'silence':
        return new Promise<Response>((_, reject) => {
          const signal = init.signal;
          if (!signal) return;
          const fail = () => reject(signal.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError'));
          if (signal.aborted) fail();
          else signal.addEventListener('abort', fail, { once: true });
        });
    }
  };
}
