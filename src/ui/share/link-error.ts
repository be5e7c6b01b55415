// Why a share link could not be opened, as a kind for code and a sentence for the learner.

export type LinkErrorKind =
  /** The fragment is longer than any link this app makes. */
  | 'too-long'
  /** The version prefix names a format this build does not read. */
  | 'unknown-version'
  /** Characters that base64url never contains, or a length it never has. */
  | 'not-base64'
  /** The compressed data is cut short or damaged. */
  | 'corrupt'
  /** Unpacking produced more than the size cap. */
  | 'too-large'
  /** The unpacked bytes are not UTF-8 JSON. */
  | 'not-json'
  /** The JSON is well formed but a field is missing, of the wrong type or out of range. */
  | 'invalid';

export interface LinkError {
  kind: LinkErrorKind;
  /** A plain sentence naming what was wrong, shown as text (never as HTML). */
  message: string;
}

export function linkError(kind: LinkErrorKind, message: string): LinkError {
  return { kind, message };
}
