// Public API of the mail feature (routes and other services import only this).
export { mailConfigFrom, publicBaseUrl, type MailConfig } from './config';
export { getOutboxMail, listOutbox, queueMail } from './outbox';
export { deliverDueMails, startMailDelivery, backoffMs, MAX_ATTEMPTS } from './deliver';
export type { OutboxMail, MailStatus } from './repository';
export { linkBase, notifyReviewDecision, notifyReviewRequested } from './notify';
export { planReminders, sendReminders, type Reminder } from './reminders';
