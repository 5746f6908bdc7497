// 数据上报: while the browser downloads an export, show how many rows are written. Each form gets a fresh job id before
// it is sent; the page asks GET /api/exports/progress/{job} until the job is done or failed. The words come from the
// status element's data attributes (made by the server in the page's language); no inline script (strict CSP).
(function () {
  var status = document.getElementById('export-status');
  if (!status) { return; }
  var timer = null;

  function say(template, a, b) {
    status.textContent = template.replace('{0}', String(a)).replace('{1}', String(b));
    status.hidden = false;
  }

  function newJob() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + (b % 36).toString(36)).slice(-1); }).join('') +
      Date.now().toString(36);
  }

  function poll(job, started) {
    fetch('/api/exports/progress/' + job, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (reply) { return reply.ok ? reply.json() : null; })
      .then(function (state) {
        var again = true;
        if (state && state.state === 'running') {
          say(status.dataset.writing, state.written, state.total);
        } else if (state && state.state === 'done') {
          say(status.dataset.done, state.written, state.total);
          again = false;
        } else if (state && state.state === 'failed') {
          say(status.dataset.failed, 0, 0);
          again = false;
        }
        // Give up after ten minutes (the server forgets a job then).
        if (again && Date.now() - started < 600000) {
          timer = window.setTimeout(function () { poll(job, started); }, 400);
        }
      })
      .catch(function () { timer = window.setTimeout(function () { poll(job, started); }, 1000); });
  }

  document.querySelectorAll('form[data-export]').forEach(function (form) {
    form.addEventListener('submit', function () {
      var job = newJob().slice(0, 32);
      form.querySelector('input[name="job"]').value = job;
      if (timer) { window.clearTimeout(timer); }
      say(status.dataset.counting, 0, 0);
      status.dataset.job = job;
      timer = window.setTimeout(function () { poll(job, Date.now()); }, 200);
    });
  });
}());
