// Records what a hostile page wants to know about the widgets on it: CSP violations,
// errors and the widgets' final states. Read by test/embed/hostile.browser.test.ts.
window.cspViolations = [];
window.pageErrors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample || ''}`);
});
window.addEventListener('error', (e) => window.pageErrors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.pageErrors.push(String(e.reason)));
