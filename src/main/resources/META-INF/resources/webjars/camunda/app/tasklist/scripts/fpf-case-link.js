/*
 * FP&F Tasklist plugin: every task card and every task's "Case" tab show the case number of the task's case with a
 * link to our case page (/cases/{caseNumber}), where the case file, its deadlines and its notices are. The case number
 * is the process variable caseNumber, read through the engine API Tasklist itself uses (the user's own rights apply);
 * a task without one (none today) shows nothing. Text is set with textContent only, never as HTML.
 */
const CASE_NUMBER = /^[A-Z0-9][A-Z0-9-]{0,39}$/;

/** Our application's root: the webapps live one path segment below it (camunda.bpm.webapp.application-path). */
function appRoot() {
  const base = document.querySelector('base');
  const camunda = (base && base.getAttribute('app-root')) || '/camunda';
  return camunda.replace(/\/[^/]*\/?$/, '');
}

function caseNumberOf(taskId, api) {
  const engineApi = (api && api.engineApi) || (appRoot() + '/camunda/api/engine/engine/default');
  return fetch(engineApi + '/task/' + encodeURIComponent(taskId) + '/variables/caseNumber',
      {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : null))
    .then(variable => (variable && typeof variable.value === 'string' && CASE_NUMBER.test(variable.value)
      ? variable.value : null))
    .catch(() => null);
}

function caseLink(caseNumber, text) {
  const link = document.createElement('a');
  link.className = 'fpf-case-link';
  link.href = appRoot() + '/cases/' + encodeURIComponent(caseNumber);
  link.textContent = text;
  // a click on the link opens the case page, not (also) the task under it
  link.addEventListener('click', event => event.stopPropagation());
  return link;
}

function renderInto(node, taskId, api, detailed) {
  if (!taskId) {
    return;
  }
  caseNumberOf(taskId, api).then(caseNumber => {
    if (!caseNumber) {
      return;
    }
    const line = document.createElement(detailed ? 'p' : 'div');
    line.className = 'fpf-case';
    const label = document.createElement('span');
    label.textContent = 'Case ';
    const number = document.createElement('strong');
    number.className = 'fpf-case-number';
    number.textContent = caseNumber;
    line.appendChild(label);
    line.appendChild(number);
    line.appendChild(document.createTextNode(' '));
    line.appendChild(caseLink(caseNumber, detailed ? 'Open the case page' : 'Case page'));
    node.appendChild(line);
  });
}

export default [
  {
    id: 'fpf-case-card',
    pluginPoint: 'tasklist.card',
    priority: 10,
    render: (node, {taskId, api}) => renderInto(node, taskId, api, false)
  },
  {
    id: 'fpf-case-tab',
    pluginPoint: 'tasklist.task.detail',
    priority: 900,
    properties: {label: 'Case'},
    render: (node, {taskId, api}) => renderInto(node, taskId, api, true)
  }
];
