/** How many upstream round trips a set of calls took: the longest chain of calls each sent after the previous was answered. */
import type { LoggedCall } from './benchSimulator.js';

/**
 * The longest chain of calls in which each arrived at the simulator after the one before it had been
 * answered (arrival plus the latency the simulator added): 1 when all went out together.
 */
export function roundTrips(calls: readonly LoggedCall[], latencyOf: (seq: number) => number): number {
  const spans = calls
    .map((c) => {
      const start = Date.parse(c.at);
      return { start, end: start + latencyOf(c.seq) };
    })
    .sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  for (const [j, span] of spans.entries()) {
    let d = 1;
    for (let i = 0; i < j; i++)
      if ((spans[i] as { end: number }).end <= span.start) d = Math.max(d, (depth[i] as number) + 1);
    depth.push(d);
  }
  return Math.max(0, ...depth);
}
