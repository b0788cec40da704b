// One file under validation: its text, its data, and how to turn a path in the data into a
// file:line:col. Building it is pure (bytes in, value out); reading the bytes is the loader's job.
import { decodePlaybookBytes } from '../playbook/decode.ts';
import { LineIndex } from '../playbook/lines.ts';
import type { Playbook } from '../playbook/model.ts';
import { parseYaml, type ParsedYaml, type Path, type Span } from '../playbook/parse.ts';
import { toPlaybook } from '../playbook/to-model.ts';
import { codeInfo } from './codes.ts';
import { fileFinding, findingAt } from './at.ts';
import type { Finding } from './finding.ts';
import { scanCharacters } from './rules/characters.ts';

export type FileKind = 'playbook' | 'cases';

export interface SourceFile {
  /** The path as shown in findings (relative to the working folder). */
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
  /** The document as plain data. */
  readonly data: Readonly<Record<string, unknown>>;
  /** A file holding only `cases:` is an eval set; anything else is read as a playbook. */
  readonly kind: FileKind;
  /** The same data as the model the rest of Parry uses (lenient: drops what it cannot use). */
  readonly playbook: Playbook;
  span(path: Path, part?: 'key' | 'value'): Span;
}

export interface Analysed {
  /** Present when the file could be read as a YAML mapping. */
  readonly file?: SourceFile;
  /** Findings about the bytes, characters and YAML of the file (not its content). */
  readonly findings: readonly Finding[];
  /** The text, when it could be decoded: the pretty format shows code frames from it. */
  readonly text?: string;
}

function kindOf(data: Record<string, unknown>): FileKind {
  const keys = Object.keys(data);
  return keys.length === 1 && keys[0] === 'cases' ? 'cases' : 'playbook';
}

/** Decode, scan and parse one file. Never throws. */
export function analyseSource(path: string, bytes: Uint8Array, fallbackId: string): Analysed {
  const decoded = decodePlaybookBytes(bytes);
  if (!decoded.ok) return { findings: [fileFinding(path, decoded.code, decoded.message, decoded.line, decoded.column)] };
  const { text } = decoded;
  const lines = new LineIndex(text);
  const findings: Finding[] = scanCharacters({ path, lines }, text);
  // The scan already looked at every character: without a control character, the parse need not.
  const parsed: ParsedYaml = parseYaml(text, { printable: !findings.some((f) => f.code === 'control-character') });
  for (const p of parsed.problems) findings.push(findingAt({ path, lines }, p, p.code, p.message));
  const { data } = parsed;
  if (parsed.problems.some((p) => codeInfo(p.code).severity === 'error') && data === undefined) return { findings, text };
  if (data === undefined) {
    findings.push(fileFinding(path, 'empty-file', 'this file holds no YAML content; write a playbook (`parry init` makes a starter) or delete the file.'));
    return { findings, text };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'a list' : `a single ${typeof data}`;
    const span = parsed.locate([]);
    findings.push(findingAt({ path, lines }, span, 'wrong-type', `a playbook is a YAML mapping that starts with \`parry: 1\`, but this file holds ${what}.`));
    return { findings, text };
  }
  const record = data as Record<string, unknown>;
  let playbook: Playbook | undefined;
  const file: SourceFile = {
    path,
    text,
    lines,
    data: record,
    kind: kindOf(record),
    // Built on first use: `validate` reads the data directly, other commands want the model.
    get playbook() {
      return (playbook ??= toPlaybook(record, { file: path, fallbackId }));
    },
    span: (p, part) => parsed.locate(p, part),
  };
  return { file, findings, text };
}
