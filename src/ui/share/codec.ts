// Share-link fragments: Scenario → JSON → UTF-8 → raw DEFLATE (fflate, level 9) → base64url, behind `s<version>=`.
//
// Decoding is bounded: an over-long fragment is refused before any work, unpacking stops at a size
// cap, and every field is validated (read-scenario.ts). It never throws; every failure is a
// LinkError with a sentence for the learner.
import { deflateSync } from 'fflate';
import { fromBase64url, toBase64url } from './base64url.ts';
import { inflateBounded } from './bounded-inflate.ts';
import { currentVersion, readers, scenarioToJson } from './formats.ts';
import { linkError, type LinkError } from './link-error.ts';
import { limits, type Scenario } from './scenario.ts';

/** What a URL fragment holds: no share link at all, a scenario, or a share link that could not be read. */
export type FragmentResult = { kind: 'none' } | { kind: 'scenario'; scenario: Scenario; version: number } | { kind: 'error'; error: LinkError };

const prefixPattern = /^s(\d{1,6})=/;

/** The fragment (without `#`) for `scenario`, e.g. `s1=bVHBbt…`. */
export function encodeScenario(scenario: Scenario): string {
  const bytes = new TextEncoder().encode(JSON.stringify(scenarioToJson(scenario)));
  return `s${currentVersion}=${toBase64url(deflateSync(bytes, { level: 9 }))}`;
}

/** Reads a URL fragment (with or without its `#`). Fragments that are not share links give `none`. */
export function decodeFragment(hash: string): FragmentResult {
  if (typeof hash !== 'string') return { kind: 'none' };
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = prefixPattern.exec(fragment.slice(0, 10));
  if (!prefix) return { kind: 'none' };
  const error = (e: LinkError): FragmentResult => ({ kind: 'error', error: e });
  if (fragment.length > limits.maxFragmentChars) {
    return error(linkError('too-long', `The link is too long to open (${fragment.length} characters; share links are at most ${limits.maxFragmentChars}).`));
  }
  const version = Number(prefix[1]);
  const read = readers[version];
  if (!read) {
    return error(
      linkError(
        'unknown-version',
        version > currentVersion
          ? `The link was made by a newer Go Map Lab (link format ${version}); this version reads formats up to ${currentVersion}. Reload the page to get the newest version.`
          : `The link uses an unknown format (${version}).`,
      ),
    );
  }
  const packed = fromBase64url(fragment.slice(prefix[0].length));
  if (!packed) return error(linkError('not-base64', 'The link is damaged: it contains characters a share link never has, or was cut in the middle.'));
  const unpacked = inflateBounded(packed, limits.maxJsonBytes);
  if (!unpacked.ok) {
    return error(
      unpacked.reason === 'too-large'
        ? linkError('too-large', `The link holds too much data to open (over ${limits.maxJsonBytes.toLocaleString('en')} bytes unpacked).`)
        : linkError('corrupt', 'The link is damaged or incomplete: its data could not be unpacked. Was it cut short when copied?'),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(unpacked.bytes));
  } catch {
    return error(linkError('not-json', 'The link is damaged: its data is not a readable scenario.'));
  }
  const result = read(json);
  return result.ok ? { kind: 'scenario', scenario: result.scenario, version } : error(result.error);
}
