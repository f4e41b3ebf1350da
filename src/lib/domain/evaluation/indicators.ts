// The indicator registry: every indicator of a school, in display order. Pure.
import { deviceAge, networkAge, presentationAge } from './indicators-age';
import {
	bandwidthPerClass,
	devicesPerPupil,
	presentationPerClassroom,
	teacherDeviceCoverage,
	wlanCoverage
} from './indicators-infrastructure';
import {
	dataProtectionBasics,
	devicesPerTechnician,
	lmsInUse,
	mdmInUse
} from './indicators-operations';
import type { Indicator, SchoolEvaluationInput } from './types';

export const INDICATOR_FUNCTIONS = [
	devicesPerPupil,
	teacherDeviceCoverage,
	bandwidthPerClass,
	wlanCoverage,
	presentationPerClassroom,
	deviceAge,
	presentationAge,
	networkAge,
	devicesPerTechnician,
	lmsInUse,
	mdmInUse,
	dataProtectionBasics
] as const satisfies readonly ((input: SchoolEvaluationInput) => Indicator)[];

export function computeIndicators(input: SchoolEvaluationInput): Indicator[] {
	return INDICATOR_FUNCTIONS.map((f) => f(input));
}

export {
	bandwidthPerClass,
	deviceAge,
	devicesPerPupil,
	networkAge,
	presentationAge,
	presentationPerClassroom,
	teacherDeviceCoverage,
	wlanCoverage,
	dataProtectionBasics,
	devicesPerTechnician,
	lmsInUse,
	mdmInUse
};
