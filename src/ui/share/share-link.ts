// Share-link URLs: the full app's address with the scenario in the fragment, and reading one back.
import { encodeScenario } from './codec.ts';
import { limits, type Scenario } from './scenario.ts';

export type LinkResult = { ok: true; url: string } | { ok: false; message: string };

/**
 * The link that opens `scenario` in the full app at `pageUrl`'s address. Query parameters are
 * dropped: `?embed=1` or `?page=lab` would open the wrong page, and the scenario holds the rest.
 * @example shareUrl('https://lab.example/app/?embed=1#x', s) // { ok: true, url: 'https://lab.example/app/#s1=…' }
 */
export function shareUrl(pageUrl: string, scenario: Scenario): LinkResult {
  let base: string;
  try {
    const u = new URL(pageUrl);
    base = `${u.origin}${u.pathname}`;
  } catch {
    return { ok: false, message: 'This page has no address a link could point to.' };
  }
  const fragment = encodeScenario(scenario);
  if (fragment.length > limits.maxFragmentChars) {
    return {
      ok: false,
      message: `The program is too long to share as a link (${fragment.length.toLocaleString('en')} characters packed; links hold at most ${limits.maxFragmentChars.toLocaleString('en')}).`,
    };
  }
  return { ok: true, url: `${base}#${fragment}` };
}
