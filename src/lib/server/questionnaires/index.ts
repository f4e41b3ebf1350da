// Public API of frozen questionnaire versions (publishing and reading).
export {
	ensurePublished,
	getVersion,
	getVersions,
	getLatestVersion,
	findQuestion,
	contentHash,
	canonicalJson,
	type QuestionRef
} from './service';
export type { QuestionnaireVersion } from './repository';
