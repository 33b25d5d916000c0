import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/scroller/src/vaadin-scroller.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '6edb965b98a66e7768b58c4fd03aa652eb753e92a49bae40b6804e37e9ed5962') {
    pending.push(import('./chunks/chunk-ae57b178a6f6400c030cd6167511f992a911c88202efd390508feafee06a73ee.js'));
  }
  if (key === '80d41d1fc1599393ddf4a95ddfb740a67900a07cadfd672b73f1e2897fa9027c') {
    pending.push(import('./chunks/chunk-d471fe527fc2fb68c46af751e65eb5ef85960628dd7eaf837d6e94cf02aa53ea.js'));
  }
  if (key === '8f051c64429e836a53e622bc8d8aeba5dc5deebc97fb580fd305122bc6d8c125') {
    pending.push(import('./chunks/chunk-8e564a4b0e2df0fabc72bc3940c3e6646fdebb55be3abed26b71a55d4d81608c.js'));
  }
  if (key === 'c9e4f966f595a37b0802183b7dfd48b7d6641436efd95f45f3928b38a52d919a') {
    pending.push(import('./chunks/chunk-cfbce5ec3b039089a096feebf6ea2ce987a0b9ea7c8c447491df48d33ba40509.js'));
  }
  if (key === 'a0053acf536a0b6878fbcaa89f031f30f3e5faf6d580f905a0ef27678c086d43') {
    pending.push(import('./chunks/chunk-bedb04184632bb97ad6c553682ae4e6dd43adbb8f2b70d3c106d1a87da053975.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}