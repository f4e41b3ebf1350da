// Shared UI primitives; styles live in src/app.css (classes .field, .error-summary, .notice, ...).
export { default as EmptyState } from './EmptyState.svelte';
export { default as ErrorSummary } from './ErrorSummary.svelte';
export { default as FormField } from './FormField.svelte';
export { default as Notice } from './Notice.svelte';
export { default as PageHeader } from './PageHeader.svelte';
export { default as TableScroll } from './TableScroll.svelte';
export type { FieldControlAttributes, FieldOption } from './FormField.svelte';
