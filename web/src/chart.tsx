// A uPlot chart in a Preact component: drawn on a canvas, redrawn when its data change, resized with its box.
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export function Chart({ options, data, label, points }: { options: Omit<uPlot.Options, 'width' | 'height'> & { height?: number }; data: uPlot.AlignedData; label: string; points: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const width = () => Math.max(280, el.clientWidth || 600);
    const plot = new uPlot({ ...options, width: width(), height: options.height ?? 280 } as uPlot.Options, data, el);
    const observer = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(() => plot.setSize({ width: width(), height: options.height ?? 280 })) : null;
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      plot.destroy();
    };
  }, [options, data]);
  return <div class="chart" ref={box} role="img" aria-label={label} data-points={points} />;
}

/** Seconds since the epoch of the first day of a period: 2023-03-29, 2023-03, 2023-W13. */
export function periodTime(period: string): number {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (m) return Date.UTC(+m[1], +m[2] - 1, +m[3]) / 1000;
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return Date.UTC(+m[1], +m[2] - 1, 1) / 1000;
  m = /^(\d{4})-W(\d{2})$/.exec(period);
  if (m) {
    // ISO week: the week with the year's first Thursday is week 1; weeks start on Monday.
    const jan4 = Date.UTC(+m[1], 0, 4);
    const day = (new Date(jan4).getUTCDay() + 6) % 7;
    return (jan4 - day * 86400000 + (+m[2] - 1) * 7 * 86400000) / 1000;
  }
  return Number.NaN;
}
