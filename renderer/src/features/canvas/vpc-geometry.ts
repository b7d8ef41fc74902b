import type { CanvasZone } from '../../../../shared/contract/index.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface VpcLayout {
  width: number;
  height: number;
  /** Where the two titles go: the value map over the square, the segment over the circle. */
  mapTitle: Box;
  segmentTitle: Box;
  square: Box;
  circle: { cx: number; cy: number; r: number };
  /** x of the line between jobs and the gains and pains. */
  divider: number;
  /** The area of each zone; in the circle, the largest boxes that stay inside it. */
  zones: Record<CanvasZone, Box>;
  /**
   * Gains and pains have their titles outside their boxes, in the circle's free edge above and
   * below, so the boxes keep their whole height for notes. Other zones title themselves inside.
   */
  outerTitles: Partial<Record<CanvasZone, Box>>;
}

export const headingHeight = 64;
const zoneTitleHeight = 26;
const gapRatio = 0.05;
const circleShare = 0.58;
/** The circle's vertical divider sits right of centre: jobs need less width than gains and pains. */
export const jobsDivider = 0.14;

/** The width at which the canvas is exactly `height` tall, to fit a screen when presenting. */
export function widthForHeight(height: number): number {
  const diameter = height - headingHeight;
  return diameter / circleShare / (1 - gapRatio);
}

/**
 * The familiar two-part canvas at a given width: a square value map on the left (products on
 * its left, gain creators above pain relievers on its right) facing a circle customer profile
 * (gains above pains on its left, jobs on its right), so each creator faces its gains and each
 * reliever its pains. The circle is a little larger: its zones lose their corners to the curve.
 */
export function vpcLayout(width: number): VpcLayout {
  const gap = Math.max(36, Math.round(width * gapRatio));
  const diameter = Math.round((width - gap) * circleShare);
  const side = width - gap - diameter;
  const r = diameter / 2;
  const cx = side + gap + r;
  const cy = headingHeight + r;
  const square: Box = { x: 0, y: headingHeight + (diameter - side) / 2, width: side, height: side };
  const productWidth = Math.round(side * 0.46);
  const pad = 8;

  // Box corners stay inside the circle: 0.72² + 0.68² < 1 and 0.80² + 0.58² < 1.
  const divider = cx + jobsDivider * r;
  const leftWidth = divider - (cx - 0.72 * r) - pad;
  const halfHeight = 0.68 * r - pad;
  const titleWidth = 0.6 * r - pad;
  const zones: Record<CanvasZone, Box> = {
    product: { x: square.x, y: square.y, width: productWidth, height: side },
    gain_creator: {
      x: square.x + productWidth,
      y: square.y,
      width: side - productWidth,
      height: side / 2,
    },
    pain_reliever: {
      x: square.x + productWidth,
      y: square.y + side / 2,
      width: side - productWidth,
      height: side / 2,
    },
    gain: { x: cx - 0.72 * r, y: cy - 0.68 * r, width: leftWidth, height: halfHeight },
    pain: { x: cx - 0.72 * r, y: cy + pad, width: leftWidth, height: halfHeight },
    job: {
      x: divider + pad,
      y: cy - 0.58 * r,
      width: cx + 0.8 * r - divider - pad,
      height: 1.16 * r,
    },
  };

  return {
    width,
    height: headingHeight + diameter,
    mapTitle: { x: 0, y: 0, width: side, height: headingHeight },
    segmentTitle: { x: side + gap, y: 0, width: diameter, height: headingHeight },
    square,
    circle: { cx, cy, r },
    divider,
    zones,
    outerTitles: {
      gain: {
        x: cx - 0.6 * r,
        y: cy - 0.68 * r - zoneTitleHeight,
        width: titleWidth,
        height: zoneTitleHeight,
      },
      pain: { x: cx - 0.6 * r, y: cy + 0.68 * r, width: titleWidth, height: zoneTitleHeight },
    },
  };
}
