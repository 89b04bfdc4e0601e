import type { Rectangle } from 'electron';

export interface DisplayLike {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
}

/**
 * The hall's screen: any display that is not the operator's primary one. With three or more the
 * first non-primary wins (the OS lists them in a stable order); with one there is none, and the
 * projector becomes an ordinary window the operator can drag onto whatever they like.
 */
export function chooseProjectorDisplay<D extends { id: number }>(displays: readonly D[], primaryId: number): D | null {
  if (displays.length < 2) return null;
  return displays.find((d) => d.id !== primaryId) ?? null;
}

/** A 16:9 window centred on the work area, at most 1280×720 and at most 80 % of the area. */
export function windowedBounds(workArea: Rectangle): Rectangle {
  const width = Math.min(1280, Math.floor(workArea.width * 0.8), Math.floor((workArea.height * 0.8 * 16) / 9));
  const height = Math.floor((width * 9) / 16);
  return {
    x: workArea.x + Math.floor((workArea.width - width) / 2),
    y: workArea.y + Math.floor((workArea.height - height) / 2),
    width,
    height,
  };
}
