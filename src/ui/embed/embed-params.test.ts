import { describe, expect, it } from 'vitest';
import { embedViews, isEmbedded } from './embed-params.ts';
import { embedClasses } from './embed-views.ts';

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

  it('marks every known view that was not chosen, and the tab pane when no tab view was chosen', () => {
    const some = embedClasses(['console', 'map']);
    expect(some).toContain('embed');
    expect(some).toContain('embed-hide-problems');
    expect(some).toContain('embed-hide-timeline');
    expect(some).toContain('embed-hide-goroutines');
    expect(some).not.toContain('embed-hide-console');
    expect(some).not.toContain('embed-hide-map');
    expect(some).not.toContain('embed-no-tab-views');
    expect(embedClasses(['console'])).toContain('embed-no-tab-views');
  });
});
