import { describe, expect, it } from 'vitest';
import { embedViews, isEmbedded } from './embed-params.ts';
import { hiddenViews } from './embed-views.ts';

describe('embed parameters', () => {
  it('turns embed mode on with ?embed=1 (or any value but 0/false)', () => {
    expect(isEmbedded('?embed=1')).toBe(true);
    expect(isEmbedded('?page=lab&embed=yes')).toBe(true);
    expect(isEmbedded('')).toBe(false);
    expect(isEmbedded('?embed=0')).toBe(false);
    expect(isEmbedded('?embed=false')).toBe(false);
  });

  it('reads the views in order, without repeats or junk, defaulting to the console', () => {
    expect(embedViews('?embed=1&views=console,map')).toEqual(['console', 'map']);
    expect(embedViews('?embed=1&views=Map, map ,<script>,goroutines')).toEqual(['map', 'goroutines']);
    expect(embedViews('?embed=1')).toEqual(['console']);
    expect(embedViews('?embed=1&views=')).toEqual(['console']);
    expect(embedViews('?embed=1&views=%3Cimg%3E')).toEqual(['console']);
  });

  it('hides every known view that was not chosen', () => {
    const hidden = hiddenViews(['console', 'map']);
    expect(hidden).toContain('problems');
    expect(hidden).toContain('timeline');
    expect(hidden).not.toContain('console');
    expect(hidden).not.toContain('map');
  });
});
