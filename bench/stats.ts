/** Median with the range of the runs it comes from. */
export interface Summary {
	median: number;
	min: number;
	max: number;
	runs: number[];
}

export function summary(values: number[]): Summary {
	if (values.length === 0) throw new Error('no values to summarise');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: values };
}

/** Per-round ratios a/b of two alternating series. */
export function ratios(a: number[], b: number[]): number[] {
	return a.map((value, index) => value / b[index]);
}

/**
 * The order of the two sides in round `round`: ours first, then theirs first, and so on, so
 * neither side always runs on a warmer (or more loaded) machine.
 */
export function alternate<T>(round: number, ours: T, theirs: T): [T, T] {
	return round % 2 === 0 ? [ours, theirs] : [theirs, ours];
}

/** The order of several sides in round `round`: rotated by one each round (round 0 as given). */
export function rotation<T>(round: number, sides: T[]): T[] {
	const shift = round % sides.length;
	return [...sides.slice(shift), ...sides.slice(0, shift)];
}

export function format(value: number, digits = 0): string {
	return value.toFixed(digits);
}

/** "412 (398–455)" */
export function formatSummary(value: Summary, digits = 0, unit = ''): string {
	const same = value.min === value.max;
	const median = `${format(value.median, digits)}${unit}`;
	return same ? median : `${median} (${format(value.min, digits)}–${format(value.max, digits)})`;
}
