import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ARTIFACTS } from '../../scripts/lib/paths';

/**
 * Figures of the fault suite. Each part (one test file) writes its tables to
 * test-artifacts/faults/parts/<part>.json (an ignored folder); the reporter prints them all at
 * the end and joins them into test-artifacts/faults/figures.json.
 */
export const FIGURES_DIR = join(ARTIFACTS, 'faults');

const PARTS_DIR = join(FIGURES_DIR, 'parts');

export type Cell = string | number;

export interface FigureTable {
	title: string;
	columns: string[];
	rows: Cell[][];
	/** Goals the table is judged by, e.g. "executions started by unauthenticated requests: 0 (goal 0)". */
	goals?: Goal[];
	notes?: string[];
}

export interface Goal {
	name: string;
	value: Cell;
	goal: Cell;
	met: boolean;
}

export interface FigurePart {
	part: string;
	order: number;
	tables: FigureTable[];
	/** Free-form data for figures.json (e.g. every 5xx answer with its request). */
	details?: unknown;
}

export function goal(name: string, value: Cell, expected: Cell, met = value === expected): Goal {
	return { name, value, goal: expected, met };
}

/** Writes (or replaces) one part's figures. */
export function saveFigures(part: FigurePart): void {
	mkdirSync(PARTS_DIR, { recursive: true });
	writeFileSync(join(PARTS_DIR, `${part.part}.json`), JSON.stringify(part, null, 2));
}

export function readParts(): FigurePart[] {
	let files: string[];
	try {
		files = readdirSync(PARTS_DIR).filter((file) => file.endsWith('.json'));
	} catch {
		return [];
	}
	return files
		.map((file) => JSON.parse(readFileSync(join(PARTS_DIR, file), 'utf8')) as FigurePart)
		.sort((a, b) => a.order - b.order || a.part.localeCompare(b.part));
}

export function clearFigures(): void {
	rmSync(PARTS_DIR, { recursive: true, force: true });
}

/** A table as fixed-width text. */
export function formatTable(table: FigureTable): string {
	const cells = [table.columns, ...table.rows].map((row) => row.map((cell) => String(cell)));
	const widths = table.columns.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
	const line = (row: string[]) =>
		row.map((cell, column) => (typeof [table.columns, ...table.rows][0][column] === 'number' ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd();
	const lines = [`${table.title}`, `  ${line(cells[0])}`, `  ${widths.map((width) => '-'.repeat(width)).join('  ')}`];
	for (const row of cells.slice(1)) lines.push(`  ${line(row)}`);
	for (const item of table.goals ?? []) {
		lines.push(`  ${item.met ? '✓' : '✗'} ${item.name}: ${item.value} (goal ${item.goal})`);
	}
	for (const note of table.notes ?? []) lines.push(`  · ${note}`);
	return lines.join('\n');
}
