// The stored shapes of a concept and its review, as services hand them to pages. Pure.
import type { ConceptDocument } from '../concept/model';
import type { ConceptStatus, Decision } from './status';

export interface ConceptRecord {
	id: string;
	roundId: string;
	status: ConceptStatus;
	/** 0: never submitted */
	currentVersionNumber: number;
	createdAt: Date;
	updatedAt: Date;
}

/** Narrative text of one chapter as stored; `version` is sent back with every save. */
export interface NarrativeText {
	chapterKey: string;
	text: string;
	version: number;
	updatedBy: string | null;
	updatedByName: string | null;
	updatedAt: Date;
}

export interface ConceptVersionSummary {
	id: string;
	conceptId: string;
	number: number;
	contentHash: string;
	submittedBy: string | null;
	submittedByName: string | null;
	submittedAt: Date;
	decision: Decision | null;
	decidedBy: string | null;
	decidedByName: string | null;
	decidedAt: Date | null;
	decisionNote: string | null;
}

/** A frozen version with its document. */
export interface ConceptVersion extends ConceptVersionSummary {
	document: ConceptDocument;
}
