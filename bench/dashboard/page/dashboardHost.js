// Mounts the built remote the way VPO's pages will: the federation container, over import().
const container = await import('/mfe/jobs-dashboard/remoteEntry.js');
await container.init({});
const { mount } = (await container.get('./mount'))();
mount(document.getElementById('jobs-dashboard-root'), { apiBase: document.body.dataset.api });
window.__mounted = true;
