/**
 * The background's error log: errors caught anywhere in the extension end up
 * here (content scripts report them by message) and are written to the
 * background's console, where a developer or a bug reporter can read them.
 * Never sent anywhere.
 */
export function log(where: string, message: string): void {
  console.warn(`[whosaid] ${where}: ${message}`);
}
