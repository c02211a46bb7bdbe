/**
 * Downloads of what the reader sees: the figure as SVG and as PNG (2×, for print and
 * social media), and the data as CSV. File names come from the title.
 */

/** "Anggaran Kemensos 2015–2025" → "anggaran-kemensos-2015-2025". */
export function fileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'capaian';
}

/** RFC 4180 CSV, with a byte-order mark so spreadsheet programs read UTF-8. */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  const cell = (value: string | number | undefined) => {
    const text = value === undefined ? '' : String(value);
    // A leading = + - @ makes spreadsheets run a formula: quote it as text.
    const safe = /^[=+\-@\t\r]/.test(text) && typeof value !== 'number' ? `'${text}` : text;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return '\ufeff' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function saveText(text: string, name: string, type: string): void {
  save(new Blob([text], { type }), name);
}

/** Draws the SVG on a canvas at `scale` and saves it as PNG. Needs `img-src blob:` under a CSP. */
export async function savePng(svgText: string, name: string, scale = 2): Promise<void> {
  const [, w = '640', h = '400'] = /width="(\d+)" height="(\d+)"/.exec(svgText) ?? [];
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Number(w) * scale;
    canvas.height = Number(h) * scale;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) save(blob, name);
  } finally {
    URL.revokeObjectURL(url);
  }
}
