import { describe, expect, it } from 'vitest';
import { createAppStore, persistKey } from '../store/index.ts';
import { keepEmbedInMemory } from './embed-storage.ts';

function memoryStorage() {
  const m = new Map<string, string>();
  return { m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

describe('embed storage', () => {
  it('an embed reads the saved program but never overwrites it', () => {
    const storage = memoryStorage();
    const full = createAppStore('playground', storage);
    full.getState().setCode('package main // the learner\'s work');
    const saved = storage.m.get(persistKey);
    expect(saved).toContain('the learner');

    const embed = createAppStore('playground', storage);
    expect(embed.getState().code).toBe('package main // the learner\'s work');
    keepEmbedInMemory(embed);
    embed.getState().setCode('package main // the embed\'s program');
    embed.getState().setSeed(99);
    expect(embed.getState().code).toContain('the embed');
    expect(storage.m.get(persistKey)).toBe(saved);
  });
});
