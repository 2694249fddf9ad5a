/*
 * FP&F: Cockpit configuration (replaces the webjar's empty app/cockpit/scripts/config.js). fpf-case-link adds a link
 * from a process instance to our case page (the business key of a case's process is its case number).
 */
export default {
  customScripts: ['scripts/fpf-case-link']
};
