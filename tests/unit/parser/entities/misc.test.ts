import { describe, expect, it } from 'vitest';
import { isGroupName, miscType } from '../../../../src/parser/entities/misc';

describe('miscType', () => {
  it('makes nationalities, faiths and parties groups', () => {
    expect(miscType('Chinese')).toBe('GROUP');
    expect(miscType('Republicans')).toBe('GROUP');
    expect(miscType('Sunni Muslims')).toBe('GROUP');
    expect(miscType('Brazilian')).toBe('GROUP');
  });

  it('knows a people by name with or without its accents', () => {
    expect(isGroupName('Māori')).toBe(true);
    expect(isGroupName('Maori')).toBe(true);
    expect(isGroupName('Māori Party')).toBe(false);
  });

  it('recognises events and works by their words', () => {
    expect(miscType('World Cup')).toBe('EVENT');
    expect(miscType('Tour de France')).toBe('EVENT');
    expect(miscType('Financial Times')).toBe('WORK');
  });

  it('leaves everything else as other', () => {
    expect(miscType('COVID-19')).toBe('OTHER');
    expect(miscType('Nasdaq Composite')).toBe('OTHER');
  });
});
