/**
 * Stage 2 of the article finder: choose the elements that hold the article,
 * with Readability's scoring (Readability.js `_grabArticle`, documented there):
 * every prose block scores its ancestors, decaying with distance; the best
 * candidate may climb to an ancestor that several top candidates share, and its
 * siblings join it when they score well or read like body paragraphs.
 */
import type { Block } from './blocks';
import { CLASS_WEIGHT, LIMITS, NEGATIVE_WORDS, POSITIVE_WORDS, TAG_SCORE } from './constants';
import { classWords } from './class-words';
import { STEPS_BETWEEN_PAUSES, type Steps } from '../slices';

interface Candidate {
  score: number;
  /** Received points from a paragraph within the scored levels (Readability's candidates). */
  scored: boolean;
  chars: number;
  linkChars: number;
  /** Blocks inside: an element holding just one reads like a paragraph, whatever its tag. */
  blocks: number;
}

/** The article's root element and the siblings that join it, in document order; may pause between blocks. */
export function* chooseArticleElements(blocks: readonly Block[], body: Element): Steps<Element[]> {
  const stats = new Map<Element, Candidate>();
  const statsOf = (element: Element) => {
    let candidate = stats.get(element);
    if (!candidate) {
      candidate = { score: initialScore(element), scored: false, chars: 0, linkChars: 0, blocks: 0 };
      stats.set(element, candidate);
    }
    return candidate;
  };
  for (let index = 0; index < blocks.length; index++) {
    if ((index + 1) % STEPS_BETWEEN_PAUSES === 0) yield;
    const block = blocks[index]!;
    const points = paragraphPoints(block);
    let level = -1;
    for (let element: Element | null = block.container; element; element = element.parentElement) {
      const candidate = statsOf(element);
      candidate.chars += block.chars;
      candidate.linkChars += block.linkChars;
      candidate.blocks++;
      if (level >= 0 && level < LIMITS.scoredAncestorLevels && points > 0) {
        candidate.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
        candidate.scored = true;
      }
      if (element === body) break;
      level++;
    }
  }
  yield;
  const finalScore = (element: Element) => {
    const candidate = stats.get(element);
    return candidate?.scored ? candidate.score * (1 - linkDensity(candidate)) : Number.NaN;
  };

  const ranked = [...stats.keys()].filter((element) => element !== body && stats.get(element)?.scored).sort((a, b) => finalScore(b) - finalScore(a));
  let top = ranked[0];
  if (!top) return [body];
  top = climbToSharedAncestor(top, ranked, finalScore, body);
  top = climbWhileScoreHolds(top, finalScore, body);
  while (top.parentElement && top.parentElement !== body && top.parentElement.children.length === 1) top = top.parentElement;
  return withJoiningSiblings(top, finalScore, stats);
}

/** Commas, including the CJK full-width and enumeration commas, as UTF-16 code units. */
const COMMAS = new Set([','.charCodeAt(0), '，'.charCodeAt(0), '、'.charCodeAt(0)]);

/** Readability's paragraph score: 1, plus 1 per comma, plus 1 per 100 characters (max 3); link text discounted. */
function paragraphPoints(block: Block): number {
  if (block.chars < LIMITS.scoredParagraphChars) return 0;
  let commas = 0;
  const text = block.text;
  for (let i = 0; i < text.length; i++) if (COMMAS.has(text.charCodeAt(i))) commas++;
  const points = 1 + commas + Math.min(Math.floor(block.chars / 100), LIMITS.maxLengthPoints);
  return points * (1 - block.linkChars / block.chars);
}

function initialScore(element: Element): number {
  let score = TAG_SCORE[element.localName] ?? 0;
  const words = classWords(element);
  if (words.some((word) => POSITIVE_WORDS.has(word))) score += CLASS_WEIGHT;
  if (words.some((word) => NEGATIVE_WORDS.has(word))) score -= CLASS_WEIGHT;
  return score;
}

function linkDensity(candidate: { chars: number; linkChars: number }): number {
  return candidate.chars ? candidate.linkChars / candidate.chars : 0;
}

/** When several near-best candidates share an ancestor, the article is split into parts: take the ancestor. */
function climbToSharedAncestor(top: Element, ranked: Element[], score: (e: Element) => number, body: Element): Element {
  const topScore = score(top);
  const rivals = ranked.slice(1, LIMITS.topCandidates).filter((e) => score(e) >= topScore * LIMITS.ancestorScoreShare);
  if (rivals.length < LIMITS.ancestorVotes) return top;
  for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
    if (rivals.filter((rival) => parent.contains(rival)).length >= LIMITS.ancestorVotes) return parent;
  }
  return top;
}

/** Climb while an ancestor scores more than the candidate: its parts are spread over siblings. */
function climbWhileScoreHolds(top: Element, score: (e: Element) => number, body: Element): Element {
  let lastScore = score(top);
  const threshold = lastScore / 3;
  for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const parentScore = score(parent);
    if (Number.isNaN(parentScore)) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) return parent;
    lastScore = parentScore;
  }
  return top;
}

function withJoiningSiblings(top: Element, score: (e: Element) => number, stats: Map<Element, Candidate>): Element[] {
  const parent = top.parentElement;
  if (!parent) return [top];
  const topScore = score(top);
  const threshold = Math.max(LIMITS.minSiblingScore, topScore * LIMITS.siblingScoreShare);
  const topClass = top.getAttribute('class');
  const members: Element[] = [];
  for (const sibling of Array.from(parent.children)) {
    if (sibling === top) {
      members.push(sibling);
      continue;
    }
    const sameClass = Boolean(topClass) && sibling.getAttribute('class') === topClass;
    const bonus = sameClass ? topScore * LIMITS.siblingScoreShare : 0;
    if (score(sibling) + bonus >= threshold) members.push(sibling);
    else if (readsLikeBody(sibling, stats.get(sibling), sameClass)) members.push(sibling);
  }
  return members;
}

/**
 * A sibling paragraph (a <p>, or any element holding one block of text) — or a
 * sibling built from the same template as the root, whose paragraphs may sit too
 * deep to have scored — that reads like body text.
 */
function readsLikeBody(element: Element, candidate: Candidate | undefined, sameClass: boolean): boolean {
  if (!candidate || !(sameClass || element.localName === 'p' || candidate.blocks === 1)) return false;
  const density = linkDensity(candidate);
  if (candidate.chars > LIMITS.siblingParagraphChars) return density < LIMITS.siblingParagraphLinkDensity;
  const text = (element.textContent ?? '').trim();
  return candidate.chars > 0 && density === 0 && text.endsWith('.');
}
