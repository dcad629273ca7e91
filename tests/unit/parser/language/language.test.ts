import { describe, expect, it } from 'vitest';
import { englishShare, isEnglish } from '../../../../src/parser/language';

const ENGLISH = 'The health commission said on Thursday that the new measures would take effect next week. ' +
  '"We have made exchanges with our counterparts," Li Mingzhu told reporters, adding that more experts were on their way.';
const FRENCH = 'Le gouvernement a annoncé jeudi que les nouvelles mesures entreraient en vigueur la semaine prochaine. ' +
  '« Nous avons échangé avec nos homologues », a déclaré la ministre aux journalistes, ajoutant que des experts étaient en route.';
const SPANISH = 'El gobierno anunció el jueves que las nuevas medidas entrarán en vigor la próxima semana. ' +
  '"Hemos intercambiado con nuestros homólogos", dijo la ministra a los periodistas, y añadió que llegarán más expertos.';
const GERMAN = 'Die Regierung hat am Donnerstag angekündigt, dass die neuen Maßnahmen nächste Woche in Kraft treten. ' +
  '„Wir haben uns mit unseren Kollegen ausgetauscht", sagte die Ministerin den Journalisten, und weitere Experten seien unterwegs.';
const RUSSIAN = 'Правительство объявило в четверг, что новые меры вступят в силу на следующей неделе. ' +
  '«Мы обменялись мнениями с нашими коллегами», — сказала министр журналистам, добавив, что эксперты уже в пути.';

describe('isEnglish', () => {
  it('takes English news for English', () => {
    expect(isEnglish(ENGLISH)).toBe(true);
    expect(englishShare(ENGLISH).share).toBeGreaterThan(0.15);
  });

  it('takes news in other languages, Latin script or not, for no English', () => {
    for (const text of [FRENCH, SPANISH, GERMAN, RUSSIAN]) expect(isEnglish(text), text.slice(0, 20)).toBe(false);
  });

  it('takes an English page of short list items, with few function words, for English', () => {
    const list = 'Breakfast: oatmeal with berries and a boiled egg. Snack: an apple and almonds. Lunch: grilled chicken salad with ' +
      'olive oil dressing. Snack: Greek yogurt with honey. Dinner: baked salmon, brown rice and steamed broccoli. Dessert: ' +
      'dark chocolate squares. This plan works for both programs, so there is no need to change what you buy.';
    expect(isEnglish(list)).toBe(true);
  });

  it('takes a text too short to tell for English, so the parser decides what it holds', () => {
    expect(isEnglish('Le ministre a parlé.')).toBe(true);
  });
});
