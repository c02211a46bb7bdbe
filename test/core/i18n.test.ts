import { describe, expect, it } from 'vitest';
import { toLang, widgetLang } from '../../src/core/i18n.js';

describe('toLang', () => {
  it('reads English from en and its regions, in any case and with spaces around', () => {
    for (const value of ['en', 'en-GB', 'EN', 'En-us', ' en ']) expect(toLang(value), value).toBe('en');
  });
  it('reads anything else as Indonesian: id, a tag that only contains en, or nothing', () => {
    for (const value of ['id', 'id-ID', 'ben', 'eng', 'x-en', '', null, undefined]) expect(toLang(value)).toBe('id');
  });
});

describe('widgetLang', () => {
  it("speaks the widget's own lang attribute over the document's", () => {
    expect(widgetLang('en', 'id')).toBe('en');
    expect(widgetLang('id', 'en')).toBe('id');
  });
  it("speaks the document's language without an attribute, or with an empty one", () => {
    expect(widgetLang(null, 'en')).toBe('en');
    expect(widgetLang('', 'en')).toBe('en');
  });
  it('speaks Indonesian when neither says', () => {
    expect(widgetLang(null, undefined)).toBe('id');
    expect(widgetLang(undefined, undefined)).toBe('id');
  });
});
