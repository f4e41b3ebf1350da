// A small worker_threads pool that renders PDF document definitions off the main thread, so a
// 40-page concept (about a second of CPU) never stalls other requests. One worker on a two-core
// machine, two on larger ones (PDF_WORKERS overrides); jobs queue, time out, and a crashed or
// timed-out worker is replaced. Workers stay warm between jobs and never keep the process alive.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { TooManyRequestsError } from '../errors';
import type { PdfDocDefinition } from './types';

interface Job {
	id: number;
	doc: PdfDocDefinition;
	resolve: (pdf: Uint8Array) => void;
	reject: (error: Error) => void;
}

interface Slot {
	worker: Worker;
	job: Job | null;
	timer: ReturnType<typeof setTimeout> | null;
}

type Reply =
	| { ready: true }
	| { id: number; ok: true; pdf: Uint8Array; ms: number }
	| { id: number; ok: false; error: string };

export interface PdfPoolOptions {
	size?: number;
	/** per job, milliseconds */
	timeoutMs?: number;
	/** jobs waiting beyond this are refused (429) */
	maxQueue?: number;
}

export function defaultPoolSize(): number {
	const configured = Number(process.env.PDF_WORKERS);
	if (Number.isInteger(configured) && configured >= 1 && configured <= 4) return configured;
	return availableParallelism() > 2 ? 2 : 1;
}

async function spawn(): Promise<Worker> {
	// a dynamic import keeps the runtime in its own chunk of the server build (see pdf-runtime.js)
	const runtime = await import('./worker/pdf-runtime.js');
	return new Worker(new URL(runtime.RUNTIME_URL), { workerData: { role: runtime.WORKER_ROLE } });
}

export class PdfPool {
	private readonly slots: Slot[] = [];
	private readonly queue: Job[] = [];
	private nextId = 1;
	private spawning = 0;
	private closed = false;
	readonly size: number;
	private readonly timeoutMs: number;
	private readonly maxQueue: number;

	constructor(options: PdfPoolOptions = {}) {
		this.size = options.size ?? defaultPoolSize();
		this.timeoutMs = options.timeoutMs ?? 60_000;
		this.maxQueue = options.maxQueue ?? 16;
	}

	/** Renders a document definition to PDF bytes in a worker. */
	render(doc: PdfDocDefinition): Promise<Uint8Array> {
		if (this.closed) return Promise.reject(new Error('PDF pool is closed'));
		if (this.queue.length >= this.maxQueue) {
			return Promise.reject(
				new TooManyRequestsError(
					'Es werden gerade viele PDF-Dateien erstellt. Bitte versuchen Sie es gleich noch einmal.',
					10
				)
			);
		}
		return new Promise((resolve, reject) => {
			this.queue.push({ id: this.nextId++, doc, resolve, reject });
			this.pump();
		});
	}

	/** Starts the workers ahead of the first job (a cold worker loads pdfmake and the fonts). */
	async warmUp(): Promise<void> {
		while (this.slots.length + this.spawning < this.size) await this.addSlot();
	}

	get pending(): number {
		return this.queue.length + this.slots.filter((s) => s.job).length;
	}

	async close(): Promise<void> {
		this.closed = true;
		for (const job of this.queue.splice(0)) job.reject(new Error('PDF pool is closed'));
		await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
	}

	private async addSlot(): Promise<void> {
		this.spawning += 1;
		try {
			const worker = await spawn();
			const slot: Slot = { worker, job: null, timer: null };
			worker.on('message', (reply: Reply) => this.onReply(slot, reply));
			worker.on('error', (error) => this.retire(slot, error));
			worker.on('exit', (code) => this.retire(slot, new Error(`PDF worker exited (${code})`)));
			worker.unref();
			if (this.closed) await worker.terminate();
			else this.slots.push(slot);
		} finally {
			this.spawning -= 1;
		}
	}

	private pump(): void {
		if (this.closed) return;
		for (const slot of this.slots) {
			if (slot.job || this.queue.length === 0) continue;
			this.start(slot, this.queue.shift()!);
		}
		if (this.queue.length > 0 && this.slots.length + this.spawning < this.size) {
			this.addSlot().then(
				() => this.pump(),
				(error: Error) => this.queue.shift()?.reject(error)
			);
		}
	}

	private start(slot: Slot, job: Job): void {
		slot.job = job;
		slot.worker.ref(); // a pending job keeps the process alive
		slot.timer = setTimeout(() => {
			void slot.worker.terminate();
			this.retire(slot, new Error('Die PDF-Erstellung hat zu lange gedauert.'));
		}, this.timeoutMs);
		slot.worker.postMessage({ id: job.id, doc: job.doc });
	}

	private onReply(slot: Slot, reply: Reply): void {
		if ('ready' in reply) return;
		const job = slot.job;
		if (!job || job.id !== reply.id) return;
		this.finish(slot);
		if (reply.ok) job.resolve(reply.pdf);
		else job.reject(new Error(`PDF rendering failed: ${reply.error}`));
		this.pump();
	}

	private finish(slot: Slot): void {
		if (slot.timer) clearTimeout(slot.timer);
		slot.timer = null;
		slot.job = null;
		slot.worker.unref();
	}

	/** Drops a crashed, exited or timed-out worker; its job fails, the next job gets a new worker. */
	private retire(slot: Slot, error: Error): void {
		const index = this.slots.indexOf(slot);
		if (index < 0) return;
		this.slots.splice(index, 1);
		const job = slot.job;
		this.finish(slot);
		job?.reject(error);
		this.pump();
	}
}

let shared: PdfPool | null = null;

/** The app's pool (created on first use). */
export function pdfPool(): PdfPool {
	shared ??= new PdfPool();
	return shared;
}
