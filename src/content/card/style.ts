/**
 * The card's own stylesheet, scoped to its shadow root. `all: initial` on the
 * host keeps page styles out; the card sits in the top layer (popover) so page
 * z-index and overflow cannot hide it. Dark mode and forced colours follow the
 * user's settings; the card appears without animation, so reduced motion holds.
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; inset: auto; margin: 0; box-sizing: border-box;
  max-width: min(36ch, calc(100vw - 16px)); padding: 8px 12px;
  font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #ffffff;
  border: 1px solid #767676; border-radius: 6px; box-shadow: 0 2px 10px rgb(0 0 0 / 0.25);
  overflow-wrap: anywhere;
}
.title { margin: 0 0 4px; font-weight: 600; font-size: 15px; }
.lines { margin: 0; padding: 0; list-style: none; }
.lines li { margin: 2px 0; }
.lines li:first-child { color: #4a4a4a; }
.source { display: block; quotes: none; margin: 1px 0 4px 8px; padding-left: 6px; border-left: 2px solid #949494; color: #4a4a4a; font-size: 13px; }
.actions { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 6px; }
.actions button {
  font: inherit; font-size: 13px; min-height: 24px; min-width: 24px; padding: 2px 8px; text-align: start;
  color: inherit; background: transparent; border: 1px solid #767676; border-radius: 4px; cursor: pointer;
}
.actions button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
.live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { color: #f0f0f0; background: #202124; border-color: #9aa0a6; }
  .lines li:first-child, .source { color: #c8c8c8; }
  .actions button:focus-visible { outline-color: #8ab4f8; }
}
@media (forced-colors: active) {
  .card { border-color: CanvasText; box-shadow: none; }
}
`;
