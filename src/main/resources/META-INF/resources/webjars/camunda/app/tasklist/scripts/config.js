/*
 * FP&F: Tasklist configuration (replaces the webjar's app/tasklist/scripts/config.js, which has only comments and
 * the keyboard shortcuts, kept below). fpf-case-link adds the case number and a link to our case page on each task.
 */
export default {
  customScripts: ['scripts/fpf-case-link'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
