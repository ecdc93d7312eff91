// The facilitator's pages, one lazy chunk (they carry the sim to replay runs): the cohort debrief and the
// printable guide.
export { openCohortPage } from './cohort-page';
export { openGuidePage } from './guide-page';
