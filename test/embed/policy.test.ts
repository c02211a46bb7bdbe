import { describe, expect, it } from 'vitest';
import { readPolicy, refusalOf } from '../../src/embed/policy.js';

const page = new URL('https://kemensos.go.id/capaian/embed.html?widget=budget-growth');
const own = readPolicy('sources=self; inline=no', page.origin);

describe('the embed page policy', () => {
  it('is open without a meta (the public CDN copy)', () => {
    const open = readPolicy(null, page.origin);
    expect(open).toMatchObject({ sources: '*', inline: true, problems: [] });
    expect(refusalOf(open, { src: 'https://evil.example/x.json', inline: true }, page)).toBeUndefined();
  });

  it('with sources=self, takes src from its own origin only', () => {
    expect(own).toMatchObject({ sources: ['https://kemensos.go.id'], inline: false, problems: [] });
    for (const src of ['/data/anggaran.json', 'data.json', 'https://kemensos.go.id/data/a.json'])
      expect(refusalOf(own, { src, inline: false }, page)).toBeUndefined();
    for (const src of [
      'https://evil.example/a.json',
      'http://kemensos.go.id/a.json',
      'https://kemensos.go.id.evil.example/a.json',
      '//evil.example/a.json',
      'data:application/json,{}',
      'javascript:alert(1)',
    ]) {
      const refusal = refusalOf(own, { src, inline: false }, page);
      expect(refusal?.kind, src).toBe('src');
      expect(refusal?.log).toContain('sources=self; inline=no');
    }
  });

  it('names the origin it refused and the ones it allows, in the console', () => {
    expect(refusalOf(own, { src: 'https://evil.example/a.json', inline: false }, page)?.log).toBe(
      'capaian embed: src "https://evil.example/a.json" refused: https://evil.example is not among the sources ' +
        'this page allows (https://kemensos.go.id; <meta name="capaian-embed" content="sources=self; inline=no">)',
    );
  });

  it('with inline=no, refuses #data=', () => {
    expect(refusalOf(own, { src: null, inline: true }, page)?.kind).toBe('inline');
    expect(refusalOf(own, { src: '/a.json', inline: true }, page)?.kind).toBe('inline');
    expect(refusalOf(readPolicy('sources=self', page.origin), { src: null, inline: true }, page)).toBeUndefined();
  });

  it('allows listed origins beside its own', () => {
    const policy = readPolicy('sources=self https://data.kemensos.go.id/, https://bps.go.id', page.origin);
    expect(policy.sources).toEqual(['https://kemensos.go.id', 'https://data.kemensos.go.id', 'https://bps.go.id']);
    expect(refusalOf(policy, { src: 'https://bps.go.id/kemiskinan.json', inline: false }, page)).toBeUndefined();
  });

  it('refuses, and says why, where a setting cannot be read', () => {
    const typo = readPolicy('sources=slef; inline=nope; source=self', page.origin);
    expect(typo.sources).toEqual([]);
    expect(typo.inline).toBe(false);
    expect(typo.problems).toHaveLength(3);
    expect(refusalOf(typo, { src: '/a.json', inline: false }, page)?.kind).toBe('src');
  });
});
