/**
 * The browser's storage, or nothing where it is blocked (private modes, strict
 * settings throw on access): every store reads it through here.
 */
export function deviceStorage(kind: 'local' | 'session'): Storage | undefined {
  try {
    const s = kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
    return s ?? undefined;
  } catch {
    return undefined;
  }
}
