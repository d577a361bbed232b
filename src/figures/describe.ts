/** The figure's text alternative: a <desc> that says what the traces and axes show. */
import type { AxisMap } from './frame';
import { formatValue } from './format';
import { plainText } from './markup';
import type { PreparedTrace } from './model';

/** One or two sentences naming every trace and the axes' ranges. */
export function describeFigure(traces: PreparedTrace[], skipped: string[], axes: AxisMap): string {
  if (!traces.length && !skipped.length) return 'Empty figure: no data.';
  const parts: string[] = [];
  parts.push(`${traces.length} trace${traces.length === 1 ? '' : 's'}: ${traces.map((t) => plainText(t.summary)).join('; ')}.`);
  const axisText: string[] = [];
  for (const p of axes.values()) {
    if (!traces.some((t) => t.xaxis === p.axis.id || t.yaxis === p.axis.id)) continue;
    const [lo, hi] = [Math.min(...p.axis.range), Math.max(...p.axis.range)];
    const label = p.title ? `${plainText(p.title)} (${p.axis.id})` : p.axis.id;
    if (p.axis.type === 'category') axisText.push(`${label}: categories ${[...p.axis.categories.keys()].slice(0, 12).join(', ')}`);
    else if (p.axis.type === 'log') axisText.push(`${label}: log scale from ${formatValue(10 ** lo)} to ${formatValue(10 ** hi)}`);
    else if (p.axis.type === 'date') axisText.push(`${label}: dates from ${new Date(lo).toISOString().slice(0, 10)} to ${new Date(hi).toISOString().slice(0, 10)}`);
    else axisText.push(`${label}: from ${formatValue(lo)} to ${formatValue(hi)}`);
  }
  if (axisText.length) parts.push(`Axes: ${axisText.join('; ')}.`);
  if (skipped.length) parts.push(`Not drawn until Run: ${skipped.join(', ')}.`);
  const text = parts.join(' ');
  return text.length > 1200 ? `${text.slice(0, 1199)}…` : text;
}
