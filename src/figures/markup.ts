/**
 * Plotly's small text markup (<br>, <b>, <i>, <em>, <sub>, <sup>) turned into
 * SVG <tspan>s. Everything else, including any other tag, is shown as escaped text.
 */
import { escapeXml } from './escape';

const TAG = /<(\/?)(b|i|em|sub|sup)>|<br\s*\/?>/gi;

/** Splits text into lines at <br>. */
export function splitLines(text: string): string[] {
  return text.split(/<br\s*\/?>/i);
}

/**
 * The text with a line break (<br>) added at a space wherever a line would be wider than `maxWidth` px at
 * `fontSize`: a long figure title on a phone takes two lines instead of running off both edges.
 */
export function wrapLines(text: string, maxWidth: number, fontSize: number): string {
  return splitLines(text).map((line) => {
    const lines: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      const longer = current ? `${current} ${word}` : word;
      if (current && textWidth(longer, fontSize) > maxWidth) {
        lines.push(current);
        current = word;
      } else current = longer;
    }
    return [...lines, current].join('<br>');
  }).join('<br>');
}

/** Plain text of one line with the known tags removed (for widths and descriptions). */
export function plainText(text: string): string {
  return text.replace(TAG, ' ').replace(/\s+/g, ' ').trim();
}

/** SVG content for one line of text: escaped, with tspans for the known tags. */
export function lineToSvg(line: string): string {
  let out = '';
  let last = 0;
  let shift = 0;
  for (const m of line.matchAll(TAG)) {
    out += escapeXml(line.slice(last, m.index));
    last = m.index! + m[0].length;
    const closing = m[1] === '/';
    const tag = (m[2] ?? 'br').toLowerCase();
    if (tag === 'br') continue;
    if (closing) {
      if (tag === 'sub' || tag === 'sup') {
        out += `</tspan><tspan dy="${-shift}">`;
        shift = 0;
      } else out += '</tspan>';
      continue;
    }
    if (tag === 'b') out += '<tspan font-weight="bold">';
    else if (tag === 'i' || tag === 'em') out += '<tspan font-style="italic">';
    else {
      shift = tag === 'sub' ? 3 : -5;
      out += `<tspan dy="${shift}" font-size="75%">`;
    }
  }
  out += escapeXml(line.slice(last));
  // Balance any tags the author left open so the SVG stays well formed.
  const opens = (out.match(/<tspan/g) ?? []).length;
  const closes = (out.match(/<\/tspan>/g) ?? []).length;
  return out + '</tspan>'.repeat(Math.max(0, opens - closes));
}

/** Characters a full em wide: CJK ideographs, kana, Hangul and full-width punctuation (the Chinese labels). */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Estimated width in pixels of text at a font size (no DOM to measure with). */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of plainText(text)) w += WIDE.test(ch) ? 1 : /[0-9.,\- ]/.test(ch) ? 0.55 : /[A-Z]|[mwMW]/.test(ch) ? 0.68 : /[il|]/.test(ch) ? 0.28 : 0.56;
  return w * fontSize;
}

/** One or more lines of text as an SVG <text> element. */
export function svgText(x: number, y: number, text: string, attrs: string, lineHeight = 1.2, fontSize = 12): string {
  const lines = splitLines(text);
  if (lines.length === 1) return `<text x="${round(x)}" y="${round(y)}"${attrs}>${lineToSvg(lines[0])}</text>`;
  const body = lines.map((l, i) => `<tspan x="${round(x)}" dy="${i === 0 ? 0 : round(lineHeight * fontSize)}">${lineToSvg(l)}</tspan>`).join('');
  return `<text x="${round(x)}" y="${round(y)}"${attrs}>${body}</text>`;
}

function round(n: number): string {
  const r = Math.round(n * 10) / 10;
  return r === 0 ? '0' : String(r);
}
