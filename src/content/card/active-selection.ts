/**
 * The active item mirrored as the document selection (accessibility checklist, keyboard path):
 * custom highlights are not exposed to assistive technology, but the selection is, so screen
 * readers and magnifiers follow a shortcut's or a jump's move only when the selection moves too.
 * Selecting changes no node of the page, so it is the least invasive way to expose the item.
 *
 * The reader's own selection is kept, not thrown away, and given back only when they act: Escape,
 * which ends keyboard navigation. Giving it back on its own (on a timer, when the card closes, on
 * the next repaint) would move the screen reader's point while the reader is still listening to
 * the quote. Once the selection is no longer the one set here (the reader clicked or selected
 * something else), that new selection is theirs: nothing kept is restored over it.
 */
import type { PaintItem } from '../paint/anchor';

export class ActiveSelection {
  /** The range last selected here, to tell it from a selection the reader made since. */
  private mirrored: Range | null = null;
  /** The reader's selection from before the first mirror, while a mirror is shown. */
  private kept: Range[] = [];

  constructor(private readonly doc: Document) {}

  /** Selects the item's text, from its first painted range to its last, keeping the reader's own selection once. */
  mirror(item: PaintItem): void {
    const selection = this.doc.getSelection();
    const first = item.ranges[0];
    const last = item.ranges.at(-1);
    if (!selection || !first || !last) return;
    if (!this.isMirrorShown(selection)) {
      this.kept = Array.from({ length: selection.rangeCount }, (_, at) => selection.getRangeAt(at).cloneRange());
    }
    const range = this.doc.createRange();
    range.setStart(first.startContainer, first.startOffset);
    range.setEnd(last.endContainer, last.endOffset);
    selection.removeAllRanges();
    selection.addRange(range);
    // What the selection shows, which the browser may have normalised from what was added.
    this.mirrored = selection.rangeCount === 1 ? selection.getRangeAt(0).cloneRange() : null;
  }

  /** The reader is done navigating: their own selection comes back, if the mirror is still what is selected. */
  restore(): void {
    const selection = this.doc.getSelection();
    if (selection && this.isMirrorShown(selection)) {
      selection.removeAllRanges();
      for (const range of this.kept) selection.addRange(range);
    }
    this.mirrored = null;
    this.kept = [];
  }

  private isMirrorShown(selection: Selection): boolean {
    const mirrored = this.mirrored;
    if (!mirrored || selection.rangeCount !== 1) return false;
    const shown = selection.getRangeAt(0);
    return shown.startContainer === mirrored.startContainer && shown.startOffset === mirrored.startOffset
      && shown.endContainer === mirrored.endContainer && shown.endOffset === mirrored.endOffset;
  }
}
