import { describe, expect, it, vi } from 'vitest';
import { walkAttributes } from '../../../../src/content/article/attributes';
import { page } from './helpers';

describe('the attributes the page walk reads', () => {
  it('reads each one the walk uses, and nothing else', () => {
    const doc = page('<div id="main" class="story body" role="main" style="color: red" aria-hidden="false" contenteditable="" hidden data-x="1">Text</div>');
    expect(walkAttributes(doc.querySelector('div')!)).toEqual({
      hidden: true, ariaHidden: 'false', style: 'color: red', contentEditable: '', className: 'story body', id: 'main', role: 'main',
    });
  });

  it('costs an element without attributes one call, and one with others only the list of their names', () => {
    const doc = page('<p>Plain</p><a href="/x" data-id="7">Link</a>');
    for (const element of [doc.querySelector('p')!, doc.querySelector('a')!]) {
      const getAttribute = vi.spyOn(element, 'getAttribute');
      const hasAttribute = vi.spyOn(element, 'hasAttribute');
      expect(walkAttributes(element)).toMatchObject({ hidden: false, className: null, id: null, role: null, style: null });
      expect(getAttribute).not.toHaveBeenCalled();
      expect(hasAttribute).not.toHaveBeenCalled();
    }
  });

  it('knows the names whatever their case, as an XML page may write them', () => {
    const doc = page('<section>Text</section>');
    const section = doc.querySelector('section')!;
    section.getAttributeNames = () => ['HIDDEN', 'Class'];
    section.hasAttributes = () => true;
    section.getAttribute = (name: string) => (name === 'Class' ? 'Comments' : null);
    expect(walkAttributes(section)).toMatchObject({ hidden: true, className: 'Comments' });
  });
});
