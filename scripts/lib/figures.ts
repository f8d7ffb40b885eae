import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ARTIFACTS } from './paths';

/**
 * Figures of a suite that measures (the fault suite, the queue-mode suite). Each part (one
 * test file) writes its tables to test-artifacts/<suite>/parts/<part>.json (an ignored
 * folder); figuresReporter.ts prints them all at the end and joins them into
 * test-artifacts/<suite>/figures.json.
 */
export function figuresDir(suite: string): string {
	return join(ARTIFACTS, suite);
}

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
export function saveFigures(suite: string, part: FigurePart): void {
	const parts = join(figuresDir(suite), 'parts');
	mkdirSync(parts, { recursive: true });
	writeFileSync(join(parts, `${part.part}.json`), JSON.stringify(part, null, 2));
}

export function readParts(suite: string): FigurePart[] {
	const parts = join(figuresDir(suite), 'parts');
	let files: string[];
	try {
		files = readdirSync(parts).filter((file) => file.endsWith('.json'));
	} catch {
		return [];
	}
	return files
		.map((file) => JSON.parse(readFileSync(join(parts, file), 'utf8')) as FigurePart)
		.sort((a, b) => a.order - b.order || a.part.localeCompare(b.part));
}

export function clearFigures(suite: string): void {
	rmSync(join(figuresDir(suite), 'parts'), { recursive: true, force: true });
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
