/** The sink finder must catch every sink form, minified or not, and ignore mere mentions. */
import { describe, expect, it } from 'vitest';
import { findSinks } from './html-sinks';

const sinksIn = (code: string, fileName = 'code.ts') => findSinks(code, fileName).map((sink) => sink.what);

describe('findSinks', () => {
  it.each([
    ['element.innerHTML = text;', 'innerHTML'],
    ['tooltip.outerHTML = `<b>${name}</b>`;', 'outerHTML'],
    ["node.insertAdjacentHTML('beforeend', html);", 'insertAdjacentHTML'],
    ["e['innerHTML']=t", 'innerHTML'],
    ['range.createContextualFragment(s)', 'createContextualFragment'],
    ['host.setHTMLUnsafe(s)', 'setHTMLUnsafe'],
    ['frame.srcdoc = s', 'srcdoc'],
    ['document.write(s)', 'document.write'],
    ['window.document.writeln(s)', 'document.writeln'],
    ['eval(code)', 'eval'],
    ['globalThis.eval(code)', 'eval'],
    ["new Function('a', body)", 'new Function'],
    ["Function('return this')()", 'Function()'],
    ["setTimeout('alert(1)', 10)", 'setTimeout with a string'],
  ])('finds %s', (code, what) => {
    expect(sinksIn(code)).toEqual([what]);
  });

  it('finds sinks in minified JavaScript and reports their line', () => {
    const sinks = findSinks('!function(){var e=document.body;\ne.innerHTML="x",eval("1")}();', 'bundle.js');
    expect(sinks.map((sink) => [sink.what, sink.line])).toEqual([['innerHTML', 2], ['eval', 2]]);
  });

  it('ignores comments, strings, safe look-alikes and string-free timers', () => {
    const code = [
      '// never use innerHTML or eval() here',
      "const note = 'document.write(x) and new Function are banned';",
      'element.textContent = text;',
      'writer.write(chunk);',
      'retrieval(items);',
      'setTimeout(() => tick(), 10);',
    ].join('\n');
    expect(sinksIn(code)).toEqual([]);
  });
});
