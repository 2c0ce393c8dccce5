/**
 * Okabe–Ito, a palette told apart with every common colour-vision deficiency, ordered so the first
 * colours keep the most contrast on white. Yellow is last but one and black last: they are the
 * 7th and 8th series. Line series past the 8th repeat the colours with a dash pattern.
 */
export const OKABE_ITO = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#D55E00', // vermillion
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#F0E442', // yellow
  '#000000', // black
] as const;

/** The colour of the `i`th series. */
export function seriesColour(i: number): string {
  return OKABE_ITO[i % OKABE_ITO.length] as string;
}

/**
 * Colour slots that stay with their series for the life of the page: a provider keeps its colour
 * when a reload lacks another one (a provider down), so a reader's eye is not misled.
 */
export class SeriesColours {
  private readonly slots = new Map<string, number>();

  /** The slot of `series`: the next free one the first time it is seen. */
  slot(series: string): number {
    let slot = this.slots.get(series);
    if (slot === undefined) {
      slot = this.slots.size;
      this.slots.set(series, slot);
    }
    return slot;
  }
}

/** A dash pattern telling apart line series that share a colour (none for the first 8). */
export function seriesDash(i: number): number[] {
  const round = Math.floor(i / OKABE_ITO.length);
  return round === 0 ? [] : [6 * round, 4];
}
