import { clearFigures, figuresDir, saveFigures as save } from '../../scripts/lib/figures';
import type { FigurePart } from '../../scripts/lib/figures';

export { goal } from '../../scripts/lib/figures';
export type { Cell, FigureTable } from '../../scripts/lib/figures';

/** The fault suite's figures: test-artifacts/faults. */
export const FIGURES_DIR = figuresDir('faults');

export function saveFigures(part: FigurePart): void {
	save('faults', part);
}

export function clearFaultFigures(): void {
	clearFigures('faults');
}
