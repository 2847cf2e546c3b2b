// How big a diagram is drawn in the full-size dialog.

export interface Size {
  width: number;
  height: number;
}

/**
 * The scale that shows a diagram whole in `space` without shrinking it below
 * its natural size (where it does not fit, the reader pans instead), and
 * without blowing a small diagram up past `maxScale`.
 */
export function fullSizeScale(natural: Size, space: Size, maxScale = 2): number {
  if (natural.width <= 0 || natural.height <= 0) return 1;
  const fit = Math.min(space.width / natural.width, space.height / natural.height);
  return Math.min(Math.max(fit, 1), maxScale);
}

/** The natural size from an SVG's viewBox ("minX minY width height"), or undefined without one. */
export function viewBoxSize(viewBox: string | null): Size | undefined {
  const [, , width, height] = (viewBox ?? '').trim().split(/[\s,]+/).map(Number);
  return width && height && width > 0 && height > 0 ? { width, height } : undefined;
}
