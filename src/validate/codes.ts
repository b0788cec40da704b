// Every finding code Parry reports, with its severity and a one-line summary. Codes are a
// public contract (CI configs and SARIF dashboards key on them): add, never rename.
import type { Severity } from './finding.ts';

export interface CodeInfo {
  readonly severity: Severity;
  readonly summary: string;
}

export const CODES = {
  // The file itself
  'not-utf8': { severity: 'error', summary: 'The file is not UTF-8; the message names the encoding it looks like.' },
  'binary-file': { severity: 'error', summary: 'The file holds binary data, not YAML text.' },
  'file-too-large': { severity: 'error', summary: 'The file is larger than a playbook can reasonably be (20 MiB).' },
  'empty-file': { severity: 'error', summary: 'The file holds no YAML content.' },
  'no-playbooks': { severity: 'error', summary: 'A folder or glob given on the command line holds no .yaml or .yml files.' },
  // YAML
  'yaml-syntax': { severity: 'error', summary: 'The YAML cannot be read; the message says what to fix.' },
  'duplicate-key': { severity: 'error', summary: 'A key appears twice in one mapping; the later value would silently win.' },
  'nesting-too-deep': { severity: 'error', summary: 'The YAML nests far deeper than any playbook (a hostile or broken file).' },
  'excessive-aliases': { severity: 'error', summary: 'YAML aliases expand to too much data or refer to themselves (an alias bomb).' },
  // The schema (format 1)
  'unknown-key': { severity: 'error', summary: 'A key that format 1 does not have, with a "did you mean" when one is close.' },
  'missing-key': { severity: 'error', summary: 'A required key is missing.' },
  'wrong-type': { severity: 'error', summary: 'A value has the wrong type (for example a string where a list belongs).' },
  'invalid-value': { severity: 'error', summary: 'A value is not one of those allowed (for example an unknown technique family).' },
  'invalid-id': { severity: 'error', summary: 'An id is not kebab-case.' },
  'invalid-locale': { severity: 'error', summary: 'A language key is not a valid BCP 47 tag (or is a country code, such as `cn` for `zh`).' },
  'unsupported-version': { severity: 'error', summary: '`parry:` is not 1, the format this version reads.' },
  'duplicate-item': { severity: 'warning', summary: 'The same id is listed twice in one list.' },
  // Content
  'duplicate-id': { severity: 'error', summary: 'An id is defined twice: within a playbook, across files, or reusing a core technique id.' },
  'unknown-technique': { severity: 'error', summary: 'A technique id in `expect`, `uses`, `prefer` or `avoid` is not defined by any loaded playbook.' },
  'unknown-persona': { severity: 'error', summary: 'A persona id in an objection is not defined by any loaded playbook.' },
  'unknown-objection': { severity: 'error', summary: "A case's `objection` is not defined by any loaded playbook." },
  'risky-expected': { severity: 'error', summary: 'A risky technique is listed as expected of a strong answer, or preferred for a persona.' },
  'missing-locale': { severity: 'error', summary: 'A localised field lacks a language the playbook promises in `locales`.' },
  'empty-text': { severity: 'error', summary: 'A text, list or language mapping is empty or only white space.' },
  placeholder: { severity: 'warning', summary: 'Text still holds a blank to fill in: `??`, `xx`, `__`, `TODO`, `TBD`, `FIXME`, `××`.' },
  mojibake: { severity: 'error', summary: 'Text was garbled by a wrong encoding (UTF-8 read as Windows-1252, GBK shifts, pinyin debris, U+FFFD).' },
  'control-character': { severity: 'error', summary: 'A control character or terminal escape sequence.' },
  'bidi-control': { severity: 'error', summary: 'A bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069) that can make text read differently than it is.' },
  'invisible-character': { severity: 'warning', summary: 'An invisible character (zero-width space, word joiner, stray BOM…); ZWNJ in Persian and similar scripts is fine.' },
  'no-sound-answer': { severity: 'warning', summary: 'An objection has no model response that uses only sound techniques.' },
  // The scorer
  'undetected-technique': { severity: 'warning', summary: "The scorer does not find one of a response's `uses` in its text in some language." },
  'failing-case': { severity: 'error', summary: "The scorer finds a different set of techniques in a case's answer than its `expect` says." },
  'invalid-cue': { severity: 'error', summary: 'A cue breaks the cue syntax or its limits, so the scorer skips it.' },
  'cue-never-matches': { severity: 'warning', summary: 'A cue does not even match its own words.' },
  'cue-too-broad': { severity: 'warning', summary: 'A cue matches several everyday sentences that use no technique at all.' },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

export function codeInfo(code: string): CodeInfo {
  return (CODES as Record<string, CodeInfo>)[code] ?? { severity: 'error', summary: code };
}
