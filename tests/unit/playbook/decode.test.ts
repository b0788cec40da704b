import { describe, expect, it } from 'vitest';
import { decodePlaybookBytes } from '../../../src/playbook/decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Single-byte code pages, built from the decoder itself (Node has no legacy encoder). */
function encodeSingleByte(label: string, text: string): Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...text].map((ch) => table.get(ch) ?? 0x3f));
}

const RU = 'Это слишком дорого, мы подумаем. Давайте обсудим, что именно вас смущает в цене.';
const FR = "C'est trop cher. Le café coûte déjà très élevé, désolé. Réfléchissons à votre intérêt.";
const FA = 'اين خيلي گران است. اجازه بدهيد توضيح بدهم که چرا قيمت مناسب است.';

function message(bytes: Uint8Array): string {
  const r = decodePlaybookBytes(bytes);
  if (r.ok) throw new Error('decoded as UTF-8');
  return `${r.code} ${r.line}:${r.column} ${r.message}`;
}

describe('decodePlaybookBytes', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodePlaybookBytes(utf8('\ufeffa: 中文\n'))).toEqual({ ok: true, text: 'a: 中文\n' });
  });

  it('names single-byte legacy encodings by the text they produce', () => {
    expect(message(encodeSingleByte('windows-1251', `t: ${RU}\n`))).toMatch(/^not-utf8 1:4 .*Windows-1251 \(Cyrillic\)/);
    expect(message(encodeSingleByte('koi8-r', `t: ${RU}\n`))).toMatch(/KOI8-R/);
    expect(message(encodeSingleByte('windows-1252', `t: ${FR}\n`))).toMatch(/Windows-1252/);
    expect(message(encodeSingleByte('windows-1256', `t: ${FA}\n`))).toMatch(/Windows-1256 \(Arabic or Persian\)/);
  });

  it('names UTF-16 with or without a byte-order mark, and UTF-32', () => {
    const le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
    expect(message(new Uint8Array([0xff, 0xfe, ...le('a: 1\n')]))).toMatch(/^not-utf8 1:1 .*UTF-16 LE/);
    const be = le('a: 1\n');
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(message(new Uint8Array([0xfe, 0xff, ...be]))).toMatch(/UTF-16 BE/);
    expect(message(le('parry: 1\nid: x\ntitle: { zh: 价格太贵了 }\n'))).toMatch(/UTF-16 LE without a byte-order mark/);
    expect(message(be)).toMatch(/UTF-16 BE without/);
    expect(message(new Uint8Array([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]))).toMatch(/UTF-32/);
  });

  it('calls binary data binary', () => {
    expect(message(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toMatch(/^binary-file 1:1 .*PNG/);
    expect(message(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]))).toMatch(/PDF/);
    expect(message(new Uint8Array([0x61, 0x3a, 0x0a, 0x01, 0x00, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00, 0x7f]))).toMatch(/^binary-file 2:2 /);
  });

  it('points at the start of the legacy text, not at the first byte UTF-8 rejects', () => {
    // GB18030 for 太贵了: CC AB B9 F3 C1 CB; `CC AB` happens to be a valid UTF-8 pair.
    const bytes = new Uint8Array([...utf8('a: 1\nb: '), 0xcc, 0xab, 0xb9, 0xf3, 0xc1, 0xcb, 0x0a]);
    expect(message(bytes)).toMatch(/^not-utf8 2:4 /);
  });
});
