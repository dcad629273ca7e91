/**
 * Finds the places where code could turn a string into markup or code: the DOM's HTML
 * sinks (`innerHTML`, `outerHTML`, `insertAdjacentHTML`, `document.write`, ...) and
 * the JavaScript evaluators (`eval`, `new Function`, string timers). Page text is
 * untrusted, so the extension must never use them, not even with strings it believes
 * safe: the next change could feed them page text.
 *
 * The code is parsed with the TypeScript compiler (which reads both TypeScript and the
 * built JavaScript bundles), so a sink named in a comment or a string is not a hit, and
 * minified code (`e.innerHTML=t`) is.
 */
import ts from 'typescript';

/** Properties whose assignment or call parses HTML. */
const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'setHTMLUnsafe', 'parseHTMLUnsafe', 'createContextualFragment', 'srcdoc']);
/** `document.write(...)` and `document.writeln(...)`, on any expression ending in `document`. */
const DOCUMENT_WRITERS = new Set(['write', 'writeln']);
/** Timers that evaluate their first argument when it is a string. */
const STRING_TIMERS = new Set(['setTimeout', 'setInterval']);

export interface Sink {
  what: string;
  /** Offset in the scanned code, and its 1-based line for messages. */
  offset: number;
  line: number;
}

/** The name a callee ends with: `eval` for `eval`, `window.eval` and `globalThis['eval']`. */
function calleeName(node: ts.Expression): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) return node.argumentExpression.text;
  return undefined;
}

/** The accessed property of `a.b` or `a['b']`, with its receiver. */
function accessedProperty(node: ts.Node): { name: string; receiver: ts.Expression } | undefined {
  if (ts.isPropertyAccessExpression(node)) return { name: node.name.text, receiver: node.expression };
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
    return { name: node.argumentExpression.text, receiver: node.expression };
  }
  return undefined;
}

function sinkAt(node: ts.Node): string | undefined {
  const access = accessedProperty(node);
  if (access && HTML_PROPERTIES.has(access.name)) return access.name;
  if (access && DOCUMENT_WRITERS.has(access.name) && calleeName(access.receiver) === 'document') return `document.${access.name}`;
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const name = calleeName(node.expression);
    if (name === 'eval') return 'eval';
    if (name === 'Function') return ts.isNewExpression(node) ? 'new Function' : 'Function()';
    const first = node.arguments?.[0];
    if (name && STRING_TIMERS.has(name) && first && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))) return `${name} with a string`;
  }
  return undefined;
}

/** Every sink in `code`, in source order. `fileName` picks the dialect (.ts, .js, .mjs). */
export function findSinks(code: string, fileName: string): Sink[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false);
  const sinks: Sink[] = [];
  const visit = (node: ts.Node) => {
    const what = sinkAt(node);
    if (what) {
      const offset = node.getStart(source);
      sinks.push({ what, offset, line: source.getLineAndCharacterOfPosition(offset).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sinks;
}
