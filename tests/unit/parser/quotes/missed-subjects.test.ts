/**
 * Reported speech missed because its subject was not found: a share of people written with a per-cent sign ("42% say"),
 * an appositive that holds the signs of a name or a figure ("Cushman & Wakefield", "$30 billion"), and one that holds a
 * quoted title whose comma is typed inside the closing mark ("host of MSNBC’s “Morning Joe,” suggested").
 */
import { describe, expect, it } from 'vitest';
import { summary } from './find';

describe('a share of people written with a per-cent sign', () => {
  it('is the subject of its speech cue', () => {
    expect(summary('On economic issues, 42% say they are liberal.')).toEqual([['they are liberal', 'say', '42%']]);
    expect(summary('There is less consensus: 47% say the depot should close.')).toEqual([['the depot should close', 'say', '47%']]);
  });

  it('is no subject of a stance word, which is mostly a noun after it', () => {
    expect(summary('His 32% support gives him a lead over his closest rival.')).toEqual([]);
  });
});

describe('an appositive between the subject and its cue', () => {
  it('may hold an ampersand or a dollar sign', () => {
    expect(summary('Oliver Hedge, who appraises properties for the firm Cushman & Wakefield, said the golf industry had recovered.'))
      .toEqual([['the golf industry had recovered', 'said', 'Oliver Hedge']]);
    expect(summary('Executives for Mondelez, which generated more than $30 billion in revenue last year, say the company will save money.'))
      .toEqual([['the company will save money', 'say', 'Executives for Mondelez']]);
  });

  it('may hold a quoted title whose comma stands inside the closing mark', () => {
    expect(summary('Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested the fare plan was flawed.'))
      .toEqual([['the fare plan was flawed', 'suggested', 'Joe Scarborough']]);
    expect(summary('Dana Perino, a host of "The Five," said the fare plan was flawed.'))
      .toEqual([['the fare plan was flawed', 'said', 'Dana Perino']]);
  });
});
