// The track's certificate ZIPs take a while to make (a few hundred ms per certificate, far more on a loaded server). After a
// click the link is marked busy and further clicks are ignored until the server's answer arrives (it sets the cookie named
// below to the token the link carried) or two minutes pass; the words come from the page (data-busy), in its language.
(function () {
  var box = document.getElementById('zip-downloads');
  if (!box) { return; }
  var status = document.getElementById('zip-status');
  var cookie = 'certengine-zip-ready';
  var patience = 120000;
  var links = Array.prototype.slice.call(box.querySelectorAll('a.zip'));
  var busy = false;

  var token = function () {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b % 36).toString(36); }).join('') + Date.now().toString(36);
  };
  var answered = function (value) {
    return document.cookie.split(';').some(function (part) { return part.trim() === cookie + '=' + value; });
  };
  var idle = function () {
    busy = false;
    links.forEach(function (link) { link.removeAttribute('aria-busy'); link.removeAttribute('aria-disabled'); });
    status.hidden = true;
    status.textContent = '';
    document.cookie = cookie + '=; Max-Age=0; Path=/admin/certificates; SameSite=Strict';
  };

  links.forEach(function (link) {
    var base = link.getAttribute('href');
    link.addEventListener('click', function (event) {
      if (busy) { event.preventDefault(); return; }
      busy = true;
      var value = token();
      link.setAttribute('href', base + '&ready=' + value);   // read when the browser follows the link, after this handler
      links.forEach(function (other) { other.setAttribute('aria-disabled', 'true'); });
      link.setAttribute('aria-busy', 'true');
      status.textContent = box.dataset.busy;
      status.hidden = false;
      var started = Date.now();
      var timer = window.setInterval(function () {
        if (answered(value) || Date.now() - started > patience) {
          window.clearInterval(timer);
          link.setAttribute('href', base);
          idle();
        }
      }, 500);
    });
  });
}());

// 发证 page: tick everyone ready, then issue the ticked candidates in batches through the API with a progress bar and
// each outcome as it comes. Without script the form posts (up to 50) and the page shows the outcomes.
(function () {
  var form = document.getElementById('issue-form');
  if (!form) { return; }
  var selectReady = document.getElementById('select-ready');
  var boxes = function () { return Array.prototype.slice.call(form.querySelectorAll('input[name="ids"]')); };
  if (boxes().length > 0) {
    selectReady.hidden = false;
    selectReady.addEventListener('click', function () {
      var all = boxes();
      var everyTicked = all.every(function (b) { return b.checked; });
      all.forEach(function (b) { b.checked = !everyTicked; });
    });
  }

  var format = function (text) {
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d+)\}/g, function (_, i) { return args[Number(i)]; });
  };

  form.addEventListener('submit', function (event) {
    var ids = boxes().filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    if (ids.length === 0) { return; } // the server says what is wrong
    event.preventDefault();
    if (!window.confirm(format(form.dataset.confirm, ids.length))) { return; }
    var size = Number(form.dataset.batch) || 10;
    var status = document.getElementById('issue-status');
    var progress = document.getElementById('issue-progress');
    var text = document.getElementById('issue-progress-text');
    var log = document.getElementById('issue-log');
    var button = document.getElementById('issue-button');
    button.disabled = true;
    selectReady.disabled = true;
    status.hidden = false;
    progress.max = ids.length;
    progress.value = 0;
    text.textContent = format(form.dataset.progress, 0, ids.length);
    var done = 0;
    var next = function (start) {
      if (start >= ids.length) {
        text.textContent = format(form.dataset.progress, done, ids.length);
        form.dataset.finished = 'true';
        document.getElementById('issue-reload').hidden = false;
        return;
      }
      var chunk = ids.slice(start, start + size);
      fetch('/api/certificates/issue-batch', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ track: form.dataset.track, candidates: chunk })
      }).then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      }).then(function (lines) {
        lines.forEach(function (line) {
          var item = document.createElement('li');
          item.dataset.outcome = line.outcome;
          var row = form.querySelector('tr[data-candidate="' + line.candidate + '"]');
          var name = row ? row.children[1].textContent : line.outcome;
          item.textContent = name + ' · ' + (line.number || line.words || line.outcome);
          log.appendChild(item);
        });
        done += chunk.length;
        progress.value = done;
        text.textContent = format(form.dataset.progress, done, ids.length);
        next(start + size);
      }).catch(function () {
        text.textContent = form.dataset.failed;
        button.disabled = false;
      });
    };
    next(0);
  });
}());
