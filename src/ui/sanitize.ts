// Text from playbooks and answers is untrusted: it must never move the cursor, retitle the
// terminal or reverse what the reader sees. Pure; used by every renderer before output.

// ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), and two-byte escapes.
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\u0020-\u007e])/g;
// C0 controls except tab and newline, DEL, C1 controls (including the 8-bit CSI U+009B).
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidi embeddings, overrides and isolates (Trojan Source); Persian needs none of them to display.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text
    .replace(ESCAPES, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/\t/g, '  ')
    .replace(CONTROLS, '')
    .replace(BIDI, '');
}

/** For one-line contexts (table cells, prompts): newlines become spaces too. */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/\s*\n\s*/g, ' ');
}
