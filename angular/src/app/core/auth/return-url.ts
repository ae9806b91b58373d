/**
 * The in-app path to go back to after signing in, or null when the value is not one: only paths of this app
 * ("/host/tenants"), never another origin ("//evil.test", "https://…") — the value travels through the OAuth state.
 */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return null;
  }
  return value === '/' || value.startsWith('/sign-in') ? null : value;
}
