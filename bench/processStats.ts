import { readFileSync, writeFileSync } from 'node:fs';

import { processMemory } from '../scripts/lib/n8nProcess';

/** What the bench measures of the n8n process (Linux /proc): CPU time, memory, its task runner. */

/**
 * CPU time a process has used so far (user + system, /proc/<pid>/stat, in clock ticks of
 * 10 ms), in ms. Unlike wall time it barely moves with what else the machine runs.
 */
export function cpuMs(pid: number): number {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	// After the name: state is field 3 of the man page; utime and stime are fields 14 and 15.
	return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Memory of a process (VmRSS, VmHWM), in MiB. */
export function memory(pid: number): { rss: number; hwm: number } {
	const found = processMemory(pid);
	if (!found) throw new Error(`cannot read the memory of process ${pid}`);
	return found;
}

/** Resets the peak resident size (VmHWM) of a process to its current size (Linux clear_refs 5). */
export function resetPeak(pid: number): void {
	writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** Child processes of a process (n8n's task runner). */
export function children(pid: number): number[] {
	try {
		return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch {
		return [];
	}
}
