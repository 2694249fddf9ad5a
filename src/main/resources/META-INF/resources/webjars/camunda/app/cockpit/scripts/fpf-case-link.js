/*
 * FP&F Cockpit plugin: a process instance (running or finished) links to our case page. The business key of every
 * case's process is its case number; the instance is read through the engine API Cockpit itself uses, with the user's
 * rights. Text is set with textContent only, never as HTML.
 */
const CASE_NUMBER = /^[A-Z0-9][A-Z0-9-]{0,39}$/;

function appRoot() {
  const base = document.querySelector('base');
  const camunda = (base && base.getAttribute('app-root')) || '/camunda';
  return camunda.replace(/\/[^/]*\/?$/, '');
}

function businessKeyOf(processInstanceId, api, history) {
  const engineApi = (api && api.engineApi) || (appRoot() + '/camunda/api/engine/engine/default');
  const path = (history ? '/history/process-instance/' : '/process-instance/') + encodeURIComponent(processInstanceId);
  return fetch(engineApi + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : null))
    .then(instance => (instance && typeof instance.businessKey === 'string' && CASE_NUMBER.test(instance.businessKey)
      ? instance.businessKey : null))
    .catch(() => null);
}

/**
 * The action bar is a narrow column of icon buttons: there the link says "Case" and names the case number in its title
 * and accessible name; the "Case" tab below the diagram shows the number in full.
 */
function render(node, processInstanceId, api, history, compact) {
  if (!processInstanceId) {
    return;
  }
  businessKeyOf(processInstanceId, api, history).then(caseNumber => {
    if (!caseNumber) {
      return;
    }
    const link = document.createElement('a');
    link.className = compact ? 'btn btn-default action-button fpf-case-action' : 'fpf-case-link';
    link.href = appRoot() + '/cases/' + encodeURIComponent(caseNumber);
    link.title = 'Open case ' + caseNumber + ' in the case workflow';
    link.setAttribute('aria-label', link.title);
    link.textContent = compact ? 'Case' : 'Open case ' + caseNumber + ' in the case workflow';
    node.appendChild(link);
  });
}

export default [
  {
    id: 'fpf-case-link-runtime',
    pluginPoint: 'cockpit.processInstance.runtime.action',
    priority: 100,
    render: (node, {processInstanceId, api}) => render(node, processInstanceId, api, false, true)
  },
  {
    id: 'fpf-case-link-tab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 1,
    properties: {label: 'Case'},
    render: (node, {processInstanceId, api}) => render(node, processInstanceId, api, false, false)
  },
  {
    id: 'fpf-case-link-history',
    pluginPoint: 'cockpit.processInstance.history.action',
    priority: 100,
    render: (node, {processInstanceId, api}) => render(node, processInstanceId, api, true, true)
  }
];
