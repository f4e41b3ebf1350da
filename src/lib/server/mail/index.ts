// Public API of the mail feature (routes and other services import only this).
export { mailConfigFrom, publicBaseUrl, type MailConfig } from './config';
export { queueMail } from './outbox';
export { findMail, listRecentMails, parentOf, responseFillers } from './repository';
export { deliverDueMails, startMailDelivery, backoffMs, MAX_ATTEMPTS } from './deliver';
export type { OutboxMail, MailStatus } from './repository';
export { linkBase, notifyReviewDecision, notifyReviewRequested } from './notify';
