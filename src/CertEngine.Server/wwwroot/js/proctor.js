// The proctor console (/proctor/{id}): refreshes the sitting and its roster from the JSON API every few seconds and
// posts the proctor's actions to it. The 督导 page (/supervision/{id}) shows the same live view with data-readonly="true":
// no tick boxes, no per-seat buttons, nothing posted. Plain ES2017, no framework, nothing from the internet.
(function () {
  'use strict';
  var root = document.getElementById('console');
  if (!root) { return; }
  var id = root.getAttribute('data-session');
  var readOnly = root.getAttribute('data-readonly') === 'true';
  // A practical (or review) sitting: no access code, and the roster shows scoring (tasks final of drawn), not answers.
  var practical = root.getAttribute('data-practical') === 'true';
  var base = '/api/sessions/' + encodeURIComponent(id);
  var texts = {};
  Array.prototype.forEach.call(document.getElementById('texts').content.querySelectorAll('[data-key]'), function (el) {
    texts[el.getAttribute('data-key')] = el.textContent;
  });
  var message = document.getElementById('message');
  var reason = document.getElementById('reason');
  var refreshInterval = 3000;
  var lastRoster = [];
  var lastSitting = null;
  // While an action runs (a close of a full room takes a while) every button is off, so nothing is pressed twice.
  var busy = false;
  // The scheduled start and the server's clock when the page was drawn: 开考 before the scheduled minute asks first.
  var startsAt = parseInt(root.getAttribute('data-starts-at') || '', 10);
  var clockOffset = parseInt(root.getAttribute('data-server-time') || '', 10) - Date.now();
  if (isNaN(clockOffset)) { clockOffset = 0; }
  var ticked = {};
  // One <img> per seat and photo version, kept across refreshes: the roster is redrawn every few seconds, the photos
  // (private, never cached by the browser) are fetched once.
  var photos = {};

  function say(text, bad) {
    if (!message) { return; }
    message.textContent = text;
    message.className = bad ? 'message error' : 'message';
  }

  function api(method, path, body) {
    var options = { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(base + path, options).then(function (response) {
      if (response.status === 401) { window.location.href = '/sign-in?ReturnUrl=' + encodeURIComponent(window.location.pathname); }
      if (response.status === 204) { return null; }
      return response.json().then(function (json) {
        if (!response.ok) { throw new Error(json.detail || json.title || String(response.status)); }
        return json;
      });
    });
  }

  function clock(seconds) {
    if (seconds === null || seconds === undefined) { return '—'; }
    var s = Math.max(0, Math.round(seconds));
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
    return (h > 0 ? h + ':' : '') + (m < 10 && h > 0 ? '0' : '') + m + ':' + (r < 10 ? '0' : '') + r;
  }

  function cell(row, text, className) {
    var td = document.createElement('td');
    td.textContent = text;
    if (className) { td.className = className; }
    row.appendChild(td);
    return td;
  }

  function button(label, onClick, className) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.disabled = busy;
    if (className) { b.className = className; }
    b.addEventListener('click', onClick);
    return b;
  }

  // The candidate's photo beside the name, for the identity check (人证合一); a tap enlarges it. Without one, a placeholder.
  function photo(line) {
    if (!line.photo) {
      var none = document.createElement('div');
      none.className = 'seat-photo none';
      none.textContent = texts.noPhoto;
      return none;
    }
    var key = line.seat + '/' + line.photo;
    if (!photos[key]) {
      var img = document.createElement('img');
      img.className = 'seat-photo';
      img.alt = texts.photoOf + line.name;
      img.width = 48;
      img.height = 67;
      img.src = base + '/seats/' + line.seat + '/photo';
      img.addEventListener('click', function () { img.classList.toggle('large'); });
      photos[key] = img;
    }
    return photos[key];
  }

  function showSitting(s) {
    var phase = document.getElementById('phase');
    phase.textContent = texts['status-' + s.status] || s.status;
    phase.className = 'phase phase-' + s.status;
    phase.setAttribute('data-status', s.status);
    var code = document.getElementById('access-code');
    if (code) {
      code.textContent = s.accessCode || '——';
      document.getElementById('access-hint').hidden = !!s.accessCode;
    }
    root.setAttribute('data-status', s.status);
    lastSitting = s;
    // Only what the sitting's phase allows is enabled (the page renders the same from the Domain's rules).
    Array.prototype.forEach.call(root.querySelectorAll('[data-phases]'), function (control) {
      control.disabled = busy || (' ' + control.getAttribute('data-phases') + ' ').indexOf(' ' + s.status + ' ') < 0;
    });
  }

  function setBusy(on) {
    busy = on;
    root.setAttribute('data-busy', on ? 'true' : 'false');
    Array.prototype.forEach.call(root.querySelectorAll('#roster button'), function (b) { b.disabled = on; });
    if (on) {
      Array.prototype.forEach.call(root.querySelectorAll('[data-phases]'), function (control) { control.disabled = true; });
    } else if (lastSitting) {
      showSitting(lastSitting);
    }
  }

  function showRoster(lines) {
    var body = document.getElementById('roster');
    var rows = document.createDocumentFragment();
    lines.forEach(function (line) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-seat', line.seat);
      tr.setAttribute('data-status', line.status || '');
      var pick = cell(tr, '');
      if (!line.checkedIn && !readOnly) {
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.className = 'pick';
        box.checked = !!ticked[line.seat];
        box.setAttribute('aria-label', line.seat + ' ' + line.name);
        box.addEventListener('change', function () { ticked[line.seat] = box.checked; });
        pick.appendChild(box);
      }
      cell(tr, String(line.seat));
      cell(tr, line.ticket);
      cell(tr, '', 'photo').appendChild(photo(line));
      cell(tr, line.name);
      cell(tr, line.idNumber, 'mono');
      cell(tr, line.checkedIn ? texts.yes : line.absent ? texts.absent : texts.no, line.checkedIn ? 'ok' : line.absent ? 'warn' : '');
      // Once the sitting is closed, a seat that never handed in never started (the close submits every started paper):
      // no clock and no 离线, but 缺考 when the close marked it so.
      var closedUnstarted = root.getAttribute('data-status') === 'closed' && line.status !== 'submitted';
      if (practical) {
        cell(tr, '—', 'muted');
      } else if (closedUnstarted) {
        cell(tr, line.absent ? texts.absent : '—', line.absent ? 'warn' : 'muted');
      } else {
        cell(tr, line.status === 'submitted' ? texts.submitted : line.online ? texts.online : texts.offline, line.online ? 'ok' : 'muted');
      }
      cell(tr, line.total > 0 ? line.answered + '/' + line.total : '—');
      cell(tr, line.status === 'submitted' || closedUnstarted ? '—' : clock(line.remainingSeconds), 'mono');
      tr.setAttribute('data-locked', line.locked ? 'true' : 'false');
      var signIn = [];
      if (line.locked) { signIn.push(texts.locked); }
      else if (line.failedSignIns > 0) { signIn.push(texts.failures + line.failedSignIns); }
      if (line.deviceChanges > 0) {
        signIn.push(texts.deviceChanged + line.deviceChanges + (line.deviceChangedAt ? ' (' + new Date(line.deviceChangedAt).toLocaleTimeString() + ')' : ''));
      }
      cell(tr, signIn.length ? signIn.join(' · ') : '—', line.locked || line.deviceChanges > 0 ? 'warn' : '');
      var actions = cell(tr, '');
      if (readOnly || root.getAttribute('data-status') === 'closed') {
        rows.appendChild(tr);
        return;
      }
      if (line.locked) {
        actions.appendChild(button(texts.unlock, function () { act('/seats/' + line.seat + '/unlock', undefined, texts['did-unlock'] + line.name); }));
      }
      if (!line.checkedIn) {
        actions.appendChild(button(texts.checkIn, function () { act('/seats/' + line.seat + '/check-in', { identityConfirmed: true }, texts['did-check-in'] + line.name); }));
        actions.appendChild(button(texts.mismatch, function () { act('/seats/' + line.seat + '/check-in', { identityConfirmed: false }, texts['did-mismatch'] + line.name); }, 'danger'));
        if (!line.absent) {
          actions.appendChild(button(texts.markAbsent, function () { act('/seats/' + line.seat + '/absent', { reason: reason.value.trim() }, texts['did-absent'] + line.name); }, 'secondary'));
        }
      }
      rows.appendChild(tr);
    });
    body.innerHTML = '';
    body.appendChild(rows);
    lastRoster = lines;
    document.getElementById('refreshed').textContent = texts.refreshed + new Date().toLocaleTimeString();
  }

  function refresh() {
    return Promise.all([api('GET', ''), api('GET', '/roster')]).then(function (both) {
      showSitting(both[0]);
      showRoster(both[1]);
    }, function () {
      say(texts.offlineNet, true);
    });
  }

  // Each action answers with what it did (已暂停全场，原因：…), not a bare "done"; while it runs, no button works.
  // did: the words, or a function giving them once the roster is refreshed.
  function act(path, body, did) {
    setBusy(true);
    return api('POST', path, body).then(function () {
      if (typeof did !== 'function') { say(did || texts.done, false); }
      return refresh().then(function () {
        setBusy(false);
        if (typeof did === 'function') { say(did(), false); }
      });
    }, function (error) {
      setBusy(false);
      say(error.message, true);
    });
  }

  // The practical candidates checked in whose scoring is not complete, as "seat name".
  function scoringPending() {
    return lastRoster.filter(function (l) { return l.checkedIn && l.status !== 'scored'; })
      .map(function (l) { return l.seat + ' ' + l.name; });
  }

  function close(why) {
    var question;
    if (practical) {
      var pending = scoringPending();
      question = (pending.length ? texts.stillScoring + pending.join(texts.listSeparator) : texts.allScored) + '\n' + texts.confirmClosePractical;
    } else {
      // Name everyone still writing, so nobody's paper is submitted by surprise.
      var writing = lastRoster.filter(function (l) { return l.checkedIn && l.status !== 'submitted'; })
        .map(function (l) { return l.seat + ' ' + l.name; });
      question = (writing.length ? texts.stillWriting + writing.join(texts.listSeparator) + '\n' : '') + texts.confirmClose;
    }
    if (!window.confirm(question)) { return; }
    // A full room takes a moment to close: say so at once.
    say(texts.closing, false);
    act('/close', { reason: why }, practical ? function () {
      var left = scoringPending();
      return texts['did-close-practical'] + why + (left.length ? texts['did-close-practical-pending'] + left.join(texts.listSeparator) : '');
    } : texts['did-close'] + why);
  }

  Array.prototype.forEach.call(root.querySelectorAll('[data-action]'), function (b) {
    b.addEventListener('click', function () {
      var action = b.getAttribute('data-action');
      var why = reason.value.trim();
      if (b.getAttribute('data-needs-reason') === 'true' && !why) {
        say(texts.needReason, true);
        reason.focus();
        return;
      }
      if (action === 'extend') {
        var seat = parseInt(document.getElementById('extend-seat').value, 10);
        var minutes = parseInt(document.getElementById('extend-minutes').value, 10);
        if (!(seat > 0) || !(minutes > 0)) { say(texts.needSeat, true); return; }
        act('/extend', { seat: seat, minutes: minutes, reason: why }, texts['did-extend'] + seat + ' +' + minutes + texts.minutesUnit);
      } else if (action === 'check-in-id') {
        checkInById();
      } else if (action === 'start') {
        start();
      } else if (action === 'misconduct') {
        var conductSeat = parseInt(document.getElementById('conduct-seat').value, 10);
        var select = document.getElementById('conduct-step');
        var step = select.value, stepName = select.options[select.selectedIndex].text;
        if (!(conductSeat > 0)) { say(texts.needSeat, true); return; }
        // Ending an attempt or voiding a result cannot be taken back: ask first, naming the seat and the step.
        if ((step === 'terminate' || step === 'void') && !window.confirm(texts.confirmConduct + '\n' + texts.seatWord + conductSeat + ' · ' + stepName)) { return; }
        act('/seats/' + conductSeat + '/misconduct', { step: step, reason: why },
          texts['did-misconduct'] + texts.seatWord + conductSeat + ' · ' + stepName + texts.reasonWord + why);
      } else if (action === 'check-in-selected') {
        checkInTicked();
      } else if (action === 'close') {
        close(why);
      } else if (action === 'pause' || action === 'resume') {
        act('/' + action, { reason: why }, texts['did-' + action] + why);
      } else {
        act('/' + action, undefined, texts['did-' + action]);
      }
    });
  });

  // An ID number as the roster masks it (IdentityNumber.Mask: the first four and the last four characters kept).
  function mask(idNumber) {
    return idNumber.length <= 8 ? idNumber.replace(/./g, '*')
      : idNumber.slice(0, 4) + idNumber.slice(4, -4).replace(/./g, '*') + idNumber.slice(-4);
  }

  // Check-in by ID number: the answer names the seat, the name and the masked number as the roster shows them (never
  // the whole number), and the field is emptied and focused for the next candidate.
  function checkInById() {
    var field = document.getElementById('check-in-id');
    var idNumber = field.value.trim().toUpperCase();
    var masked = mask(idNumber);
    setBusy(true);
    api('POST', '/check-in', { idNumber: idNumber, identityConfirmed: true }).then(function () {
      field.value = '';
      return refresh().then(function () {
        setBusy(false);
        var lines = lastRoster.filter(function (l) { return l.idNumber === masked && l.checkedIn; });
        say(texts['did-check-in'] + (lines.length === 1
          ? texts.seatWord + lines[0].seat + ' ' + lines[0].name + ' (' + masked + ')'
          : masked), false);
        field.focus();
      });
    }, function (error) {
      setBusy(false);
      say(idNumber ? error.message.split(idNumber).join(masked) : error.message, true);
      field.focus();
    });
  }

  // 开考: before the scheduled minute (by the server's clock), ask first, naming the scheduled time.
  function start() {
    var early = !isNaN(startsAt) && Date.now() + clockOffset < startsAt;
    if (early && !window.confirm(texts.confirmEarlyStart.replace('{time}', root.getAttribute('data-starts-at-text')))) { return; }
    act('/start', undefined, texts['did-start']);
  }

  // Checks in every ticked candidate in turn (the proctor has compared each face with the ID), then says how many.
  function checkInTicked() {
    var seats = lastRoster.filter(function (l) { return !l.checkedIn && ticked[l.seat]; });
    if (!seats.length) { say(texts.noneTicked, true); return; }
    var done = 0, failed = [];
    setBusy(true);
    seats.reduce(function (chain, line) {
      return chain.then(function () {
        return api('POST', '/seats/' + line.seat + '/check-in', { identityConfirmed: true }).then(function () {
          done++;
          delete ticked[line.seat];
        }, function (error) { failed.push(line.seat + ' ' + line.name + ' (' + error.message + ')'); });
      });
    }, Promise.resolve()).then(function () {
      say(texts['did-bulk'] + done + (failed.length ? '; ' + texts.bulkFailed + failed.join(texts.listSeparator) : ''), failed.length > 0);
      document.getElementById('select-all').checked = false;
      return refresh().then(function () { setBusy(false); });
    });
  }

  var selectAll = document.getElementById('select-all');
  if (selectAll) {
    selectAll.addEventListener('change', function (e) {
      lastRoster.forEach(function (l) { if (!l.checkedIn) { ticked[l.seat] = e.target.checked; } });
      Array.prototype.forEach.call(document.querySelectorAll('#roster input.pick'), function (box) { box.checked = e.target.checked; });
    });
  }

  refresh();
  window.setInterval(refresh, refreshInterval);
}());
