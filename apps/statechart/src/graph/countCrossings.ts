import type { Point, PositionedChart } from './positionedChart.ts';

type Segment = readonly [Point, Point];

const EPSILON = 1e-6;

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/**
 * Whether two segments cross at a point inside both. Touching (an end on the other segment, as arrows that
 * leave or reach the same point do) and running along each other are not crossings.
 */
export function segmentsCross([a, b]: Segment, [c, d]: Segment): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return (
    ((d1 > EPSILON && d2 < -EPSILON) || (d1 < -EPSILON && d2 > EPSILON)) &&
    ((d3 > EPSILON && d4 < -EPSILON) || (d3 < -EPSILON && d4 > EPSILON))
  );
}

function segmentsOf(points: readonly Point[]): Segment[] {
  const segments: Segment[] = [];
  for (let i = 1; i < points.length; i += 1) {
    segments.push([points[i - 1] as Point, points[i] as Point]);
  }
  return segments;
}

/** A crossing: the two arrows (edge or initial-marker ids) and where. */
export interface Crossing {
  readonly a: string;
  readonly b: string;
  readonly at: Point;
}

/**
 * Every place where two arrows of a laid-out chart cross each other — transitions and initial-state
 * arrows alike; an arrow that crosses another twice counts twice. The layout's legibility measure: the
 * tests keep it at 5 or fewer for the poller machine.
 */
export function findCrossings(chart: PositionedChart): Crossing[] {
  const paths = [
    ...chart.edges.map((edge) => ({ id: edge.id, segments: segmentsOf(edge.points) })),
    ...chart.initials.map((initial) => ({ id: initial.id, segments: segmentsOf(initial.points) })),
  ];
  const crossings: Crossing[] = [];
  for (let i = 0; i < paths.length; i += 1) {
    for (let j = i + 1; j < paths.length; j += 1) {
      const a = paths[i];
      const b = paths[j];
      if (!a || !b) continue;
      for (const s of a.segments) {
        for (const t of b.segments) {
          if (!segmentsCross(s, t)) continue;
          crossings.push({ a: a.id, b: b.id, at: intersection(s, t) });
        }
      }
    }
  }
  return crossings;
}

function intersection([a, b]: Segment, [c, d]: Segment): Point {
  const denominator = (a.x - b.x) * (c.y - d.y) - (a.y - b.y) * (c.x - d.x);
  const t = ((a.x - c.x) * (c.y - d.y) - (a.y - c.y) * (c.x - d.x)) / denominator;
  return { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
}

/** How many times arrows of the chart cross (see {@link findCrossings}). */
export function countCrossings(chart: PositionedChart): number {
  return findCrossings(chart).length;
}
