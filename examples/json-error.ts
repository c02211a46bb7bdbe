/**
 * Where a JSON text first goes wrong, and why, in words a webmaster can act on: the
 * builder shows it as "baris 12, kolom 1". Browsers word JSON.parse errors differently
 * and not all give a position (Safari gives none), so the text is scanned here by the
 * JSON grammar (RFC 8259) instead. Only called after JSON.parse has failed.
 */
export interface JsonError {
  /** Index in the text (UTF-16 code units) of the first character that cannot be right. */
  index: number;
  /** 1-based line and column of that character. */
  line: number;
  column: number;
  /** Why, in Indonesian. */
  message: string;
}

class Stop {
  constructor(
    readonly index: number,
    readonly message: string,
  ) {}
}

function describe(char: string | undefined): string {
  if (char === undefined) return 'akhir teks';
  return /\s/.test(char) ? 'spasi' : `"${char}"`;
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonError(text: string): JsonError | undefined {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new Stop(at, message);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    // Comments are a common paste from JavaScript; JSON has none.
    if (text.startsWith('//', i) || text.startsWith('/*', i)) fail('JSON tidak boleh berisi komentar');
  };
  const end = () => fail('teks berakhir sebelum dokumen selesai (kurung atau tanda kutip belum ditutup?)');

  function string(): void {
    const start = i;
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) fail('teks tidak ditutup dengan tanda kutip ganda', start);
      const char = text[i]!;
      if (char === '"') {
        i++;
        return;
      }
      if (char === '\n' || char === '\r') fail('baris baru di dalam teks: tulis \\n, atau satukan barisnya');
      if (char < ' ') fail('karakter kendali (mis. tab) di dalam teks: tulis \\t');
      if (char === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('\\u harus diikuti empat digit heksadesimal');
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          i += 2;
        } else {
          fail(`garis miring terbalik tidak sah: tulis \\\\ untuk "\\"`);
        }
        continue;
      }
      i++;
    }
  }

  function number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail('angka tidak sah');
    i += match![0].length;
    const after = text[i];
    if (after !== undefined && /[\d.eE]/.test(after))
      fail('angka tidak sah (angka tanpa nol di depan, titik sebagai desimal, tanpa pemisah ribuan)');
  }

  function value(): void {
    space();
    const char = text[i];
    if (char === undefined) return end();
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string();
    if (char === "'") return fail('teks harus diapit tanda kutip ganda ("), bukan kutip tunggal');
    if (char === '-' || (char >= '0' && char <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    return fail(`nilai tidak terduga: ${describe(char)}`);
  }

  function object(): void {
    i++;
    space();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      space();
      const char = text[i];
      if (char === undefined) return end();
      if (char === '}') return fail('koma berlebih sebelum "}": hapus koma terakhir', lastComma);
      if (char === "'") return fail('nama properti harus diapit tanda kutip ganda ("), bukan kutip tunggal');
      if (char !== '"') return fail(`nama properti harus diapit tanda kutip ganda, bukan ${describe(char)}`);
      string();
      space();
      if (text[i] === undefined) return end();
      if (text[i] !== ':') return fail(`diharapkan titik dua (:) setelah nama properti, bukan ${describe(text[i])}`);
      i++;
      value();
      space();
      if (text[i] === undefined) return end();
      if (text[i] === '}') {
        i++;
        return;
      }
      if (text[i] !== ',')
        return fail(`diharapkan koma atau "}" setelah nilai, bukan ${describe(text[i])} (koma terlewat?)`);
      lastComma = i;
      i++;
    }
  }

  function array(): void {
    i++;
    space();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      space();
      if (text[i] === ']') return fail('koma berlebih sebelum "]": hapus koma terakhir', lastComma);
      value();
      space();
      if (text[i] === undefined) return end();
      if (text[i] === ']') {
        i++;
        return;
      }
      if (text[i] !== ',')
        return fail(`diharapkan koma atau "]" setelah nilai, bukan ${describe(text[i])} (koma terlewat?)`);
      lastComma = i;
      i++;
    }
  }

  let lastComma = 0;
  try {
    if (text.startsWith('\uFEFF')) fail('tanda BOM di awal teks: simpan berkasnya sebagai UTF-8 tanpa BOM');
    space();
    if (i === text.length) fail('JSON kosong: tempel dokumen JSON di sini');
    value();
    space();
    if (i < text.length) fail(`ada teks setelah akhir dokumen: ${describe(text[i])}`);
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { index: error.index, ...lineColumn(text, error.index), message: error.message };
  }
}

/** 1-based line and column of an index; a CR LF pair ends one line. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/**
 * The position an engine's own message gives, for the rare text the scanner above finds
 * valid while JSON.parse does not: V8 says "at position 12", Firefox "at line 2 column 3".
 */
export function positionFromMessage(text: string, message: string): { line: number; column: number } | undefined {
  const at = /position (\d+)/.exec(message);
  if (at) return lineColumn(text, Number(at[1]));
  const lc = /line (\d+) column (\d+)/.exec(message);
  return lc ? { line: Number(lc[1]), column: Number(lc[2]) } : undefined;
}
