// Idempotency-Keys for the staff forms' creating requests (a case and its referrals, an organisation, a service).
/**
 * One Idempotency-Key per request: the same request (same scope, same body) keeps its key, so a retry after a
 * lost answer is harmless; a changed body is another request and gets a new key (the server would refuse
 * a key reused for another body).
 */
export class KeyRing {
  private readonly keys = new Map<string, { body: string; key: string }>();

  constructor(private readonly make: () => string = () => crypto.randomUUID()) {}

  keyFor(scope: string, body: unknown): string {
    const json = JSON.stringify(body);
    const known = this.keys.get(scope);
    if (known && known.body === json) return known.key;
    const key = this.make();
    this.keys.set(scope, { body: json, key });
    return key;
  }
}
