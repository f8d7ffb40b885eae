import { figuresDir, saveFigures as save } from '../scripts/lib/figures';
import type { FigurePart } from '../scripts/lib/figures';

export { goal } from '../scripts/lib/figures';
export type { Cell, FigureTable } from '../scripts/lib/figures';

/** The queue-mode suite's figures: test-artifacts/queue. */
export const FIGURES_DIR = figuresDir('queue');

export function saveFigures(part: FigurePart): void {
	save('queue', part);
}
