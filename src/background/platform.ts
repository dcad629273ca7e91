/**
 * Browser differences the background has to know about, decided from
 * `runtime.getBrowserInfo()` (Firefox only; Chrome has no such call).
 */

/** Firefox draws `text-decoration` in `::highlight()` from version 146 on. */
const FIREFOX_HIGHLIGHT_UNDERLINE = 146;

export function underlineSupported(info: { name: string; version: string } | undefined): boolean {
  if (!info || info.name !== 'Firefox') return true;
  const major = Number.parseInt(info.version, 10);
  return Number.isFinite(major) && major >= FIREFOX_HIGHLIGHT_UNDERLINE;
}
