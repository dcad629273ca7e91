/**
 * What a Whosaid manifest may ask for, as rules that return readable problems.
 *
 * The extension reads the text of the pages it runs on, so its manifest is its first
 * promise to the user: no install-time access to any site (activeTab on a click, and
 * host permissions only when the user grants them), no way in for web pages, no
 * remote code or network access from its own pages, and, for Firefox, a declaration
 * that no data is collected.
 */

/** The only API permissions Whosaid needs: run on a click, inject the content script, keep settings. */
export const ALLOWED_PERMISSIONS = new Set(['activeTab', 'scripting', 'storage']);

/** CSP source keywords that re-open the door to injected or evaluated code. */
const UNSAFE_KEYWORDS = new Set(["'unsafe-eval'", "'unsafe-inline'", "'unsafe-hashes'", "'strict-dynamic'"]);
/** What script-like directives may allow: the extension's own files, or nothing (plus WebAssembly compilation). */
const CODE_SOURCES = new Set(["'self'", "'none'", "'wasm-unsafe-eval'"]);
const CODE_DIRECTIVES = ['default-src', 'script-src', 'script-src-elem', 'worker-src', 'object-src'];
/** Sources that are not remote: the extension itself, nothing, or inline data for images. */
const LOCAL_SOURCES = new Set(["'self'", "'none'", 'data:', "'wasm-unsafe-eval'"]);

export type Manifest = Record<string, unknown>;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const isEmpty = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0);

/** Directive name → sources, from a CSP string. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function cspProblems(policy: unknown, where: string): string[] {
  if (typeof policy !== 'string') return [`${where}: missing (declare a strict policy rather than rely on defaults)`];
  const directives = parseCsp(policy);
  const problems: string[] = [];
  for (const [name, sources] of directives) {
    for (const source of sources) {
      const lower = source.toLowerCase();
      if (UNSAFE_KEYWORDS.has(lower)) problems.push(`${where}: ${name} allows ${source}`);
      else if (CODE_DIRECTIVES.includes(name) && !CODE_SOURCES.has(lower)) problems.push(`${where}: ${name} allows code from ${source}`);
      else if (!LOCAL_SOURCES.has(lower) && !lower.startsWith("'sha") && !lower.startsWith("'nonce-")) problems.push(`${where}: ${name} allows the remote source ${source}`);
    }
  }
  for (const needed of ['script-src', 'connect-src', 'object-src']) {
    if (!directives.has(needed) && !directives.has('default-src')) problems.push(`${where}: neither ${needed} nor default-src restricts it`);
  }
  return problems;
}

/** Every problem with a manifest that users install (Chrome or Firefox flavour). */
export function manifestProblems(manifest: Manifest): string[] {
  const problems: string[] = [];
  for (const permission of asList(manifest.permissions)) {
    if (!ALLOWED_PERMISSIONS.has(String(permission))) problems.push(`permissions: ${String(permission)} is not needed`);
  }
  if (!isEmpty(manifest.optional_permissions)) problems.push('optional_permissions: Whosaid asks for none');
  if (!isEmpty(manifest.host_permissions)) problems.push('host_permissions: site access must be optional (optional_host_permissions)');
  if (!isEmpty(manifest.content_scripts)) problems.push('content_scripts: a declared content script grants access to its sites at install');
  if (manifest.web_accessible_resources !== undefined) problems.push('web_accessible_resources: pages must not load (or detect) extension files');
  const connectable = manifest.externally_connectable as Record<string, unknown> | undefined;
  if (connectable && !isEmpty(connectable.matches)) problems.push('externally_connectable: web pages must not message the extension');
  const csp = manifest.content_security_policy as Record<string, unknown> | undefined;
  problems.push(...cspProblems(csp?.extension_pages, 'content_security_policy.extension_pages'));
  if (csp?.sandbox !== undefined) problems.push(...cspProblems(csp.sandbox, 'content_security_policy.sandbox'));
  if (/127\.0\.0\.1|localhost/.test(JSON.stringify(manifest))) problems.push('mentions 127.0.0.1 or localhost: that belongs to the test flavour only');
  return problems;
}

/** The Firefox-only rule: the add-on declares that it collects no data. */
export function firefoxProblems(manifest: Manifest): string[] {
  const gecko = (manifest.browser_specific_settings as { gecko?: { data_collection_permissions?: { required?: unknown; optional?: unknown } } } | undefined)?.gecko;
  const declared = gecko?.data_collection_permissions;
  const problems: string[] = [];
  if (JSON.stringify(declared?.required) !== JSON.stringify(['none'])) problems.push('browser_specific_settings.gecko.data_collection_permissions.required must be ["none"]');
  if (!isEmpty(declared?.optional)) problems.push('browser_specific_settings.gecko.data_collection_permissions.optional must be empty');
  return problems;
}
