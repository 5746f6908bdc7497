/*
 * The candidate's exam page (/exam/paper). Plain ES2017 for WeChat's browser; no framework, nothing from the internet.
 *
 * - The server owns time: the countdown starts from the server's remainingSeconds and runs on performance.now(), re-synced
 *   on every reply, so a wrong or changed PC clock cannot move it.
 * - Every answer is queued in localStorage the moment it is chosen (latest answer per question wins) and sent at once;
 *   when the network drops the queue waits and is sent on the `online` event or by a retry with backoff.
 * - GET /api/attempt/status every 15 s (state, remaining time, answered count; no paper) keeps the screen in step with
 *   the sitting (paused, resumed, handed in) and tells the proctor's roster this browser is online. The whole paper
 *   (GET /api/attempt) is read only when it must be: on load, when the clock first runs with no paper here, after the
 *   connection was lost (the server's saved answers are reconciled with the queue here), and after a refused save.
 * - The question on screen is kept per attempt in localStorage, so a language switch (a page load) or a reload comes
 *   back to it.
 * - Hand-in opens after the server's handInOpensInSeconds of running time: until then the button is disabled and a
 *   note says when (Beijing time) and how long. After hand-in the page shows the server's receipt: time, answered
 *   count and reference.
 */
(function () {
  'use strict';

  var POLL_MS = 15000;
  var TICK_MS = 250;
  var MAX_BACKOFF_MS = 30000;

  var root = document.getElementById('exam');
  var text = JSON.parse(document.getElementById('exam-text').textContent);
  var el = function (id) { return document.getElementById(id); };

  var state = {
    status: 'loading',
    questions: null,
    answers: {},
    current: 0,
    flags: {},
    queue: {},
    keyPrefix: null,
    remaining: 0,
    syncedAt: 0,
    sending: false,
    failed: false,
    backoff: 1000,
    retryTimer: null,
    finishedMessage: null,
    needPaper: true,
    handInThreshold: 0,
    earliestHandIn: 30,
    serverTime: 0,
    serverSyncedAt: 0,
    receipt: null,
    fetchingReceipt: false
  };

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, name) { return String(values[name]); });
  }

  // ---- storage (per attempt: sitting + ticket) --------------------------------------------------------------------

  function load(name) {
    try {
      var raw = window.localStorage.getItem(state.keyPrefix + name);
      return raw ? JSON.parse(raw) : {};
    } catch (e) {
      return {};
    }
  }

  function store(name, value) {
    try {
      window.localStorage.setItem(state.keyPrefix + name, JSON.stringify(value));
    } catch (e) {
      // Storage full or disabled: the answer is still sent; only the offline copy is missing.
    }
  }

  // ---- server time ------------------------------------------------------------------------------------------------

  function sync(remainingSeconds) {
    state.remaining = Math.max(0, remainingSeconds);
    state.syncedAt = performance.now();
    renderTimer();
  }

  function remainingNow() {
    if (state.status !== 'running') {
      return state.remaining;
    }
    return Math.max(0, state.remaining - (performance.now() - state.syncedAt) / 1000);
  }

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }

  // 89:57 under an hour, 1:29:57 from an hour.
  function clock(totalSeconds) {
    var seconds = Math.max(0, Math.ceil(totalSeconds));
    var hours = Math.floor(seconds / 3600);
    var minutes = Math.floor(seconds % 3600 / 60);
    var rest = seconds % 60;
    return hours > 0 ? hours + ':' + two(minutes) + ':' + two(rest) : two(minutes) + ':' + two(rest);
  }

  // A server instant (ms since 1970) as Beijing wall-clock time: China keeps UTC+8 all year.
  function beijing(ms, withDate) {
    var d = new Date(ms + 8 * 3600 * 1000);
    var time = two(d.getUTCHours()) + ':' + two(d.getUTCMinutes()) + (withDate ? ':' + two(d.getUTCSeconds()) : '');
    return withDate ? d.getUTCFullYear() + '-' + two(d.getUTCMonth() + 1) + '-' + two(d.getUTCDate()) + ' ' + time : time;
  }

  function serverNow() {
    return state.serverTime + (performance.now() - state.serverSyncedAt);
  }

  function renderTimer() {
    el('exam-timer').textContent = clock(remainingNow());
  }

  // Hand-in opens once the countdown reaches the threshold the server gave (both run and stop with the same clock).
  function renderHandIn() {
    var wait = state.status === 'running' ? remainingNow() - state.handInThreshold : 0;
    var note = el('hand-in-wait');
    el('hand-in').disabled = wait > 0;
    note.hidden = !(wait > 0);
    if (wait > 0) {
      note.textContent = format(text.handInWait, { n: state.earliestHandIn, at: beijing(serverNow() + wait * 1000, false), wait: clock(wait) });
    }
  }

  function tick() {
    renderTimer();
    renderHandIn();
    if (state.status === 'running' && remainingNow() <= 0) {
      // The deadline passed on the server's clock: the server submits the paper whatever this browser does.
      finish(text.timeUp);
      poll();
    }
  }

  // ---- screens ----------------------------------------------------------------------------------------------------

  function show(screen) {
    ['loading', 'waiting', 'paused', 'submitted', 'paper'].forEach(function (name) {
      el('screen-' + name).hidden = name !== screen;
    });
    root.setAttribute('data-state', screen);
  }

  function finish(message) {
    state.status = 'submitted';
    state.finishedMessage = state.finishedMessage || message;
    el('submitted-message').textContent = state.finishedMessage;
    el('hand-in-dialog').hidden = true;
    show('submitted');
    renderTimer();
    renderReceipt();
  }

  // The receipt comes with the whole paper's view; after a hand-in seen on the light poll, it is read once more.
  function renderReceipt() {
    var receipt = state.receipt;
    el('receipt').hidden = receipt === null;
    if (receipt !== null) {
      el('receipt-time').textContent = beijing(Date.parse(receipt.submittedAt), true);
      el('receipt-answered').textContent = format(text.receiptAnswered, { n: receipt.answered, total: receipt.questions });
      el('receipt-reference').textContent = receipt.reference;
      return;
    }
    if (!state.fetchingReceipt) {
      state.fetchingReceipt = true;
      read('/api/attempt').then(function (view) {
        state.fetchingReceipt = false;
        if (view !== null && view.receipt) {
          state.receipt = view.receipt;
          renderReceipt();
        }
      });
    }
  }

  function apply(view) {
    if (state.keyPrefix === null) {
      state.keyPrefix = 'certengine.exam.' + view.sessionId + '.' + view.ticket + '.';
      state.flags = load('flags');
      state.queue = load('queue');
      el('exam-seat').textContent = view.ticket + ' · ' + view.seat;
    }

    state.status = view.status;
    sync(view.remainingSeconds);
    if (view.receipt) {
      state.receipt = view.receipt;
    }
    if (view.handInOpensInSeconds !== undefined) {
      // Only the whole paper's view says it; the light poll keeps the last threshold.
      state.handInThreshold = view.remainingSeconds - view.handInOpensInSeconds;
      state.earliestHandIn = view.earliestHandInMinutes;
    }
    if (view.serverTime) {
      state.serverTime = Date.parse(view.serverTime);
      state.serverSyncedAt = performance.now();
    }
    if (view.status === 'submitted' || (view.status === 'running' && view.remainingSeconds <= 0)) {
      // Handed in by the candidate, or submitted for them (time up, the proctor's close): the page says which.
      finish(view.remainingSeconds <= 0 && view.status === 'running' ? text.timeUp
        : view.endedBy === 'deadline' ? text.timeUp
        : view.endedBy === 'proctor' ? text.endedByClose
        : text.handedIn);
      return;
    }

    state.finishedMessage = null;
    if (view.status === 'ready') {
      show('waiting');
      return;
    }

    if (view.status === 'paused') {
      show('paused');
      return;
    }

    if (view.questions && view.questions.length > 0) {
      // The questions never change; the answers are the server's saved ones, then anything still queued here (a
      // reconnect or another computer may have moved them on).
      if (state.questions === null) {
        state.questions = view.questions;
        var kept = load('current').position;
        state.current = typeof kept === 'number' && kept >= 0 && kept < view.questions.length ? kept : 0;
      }
      view.questions.forEach(function (q) { state.answers[q.index] = q.saved; });
      Object.keys(state.queue).forEach(function (index) { state.answers[index] = state.queue[index]; });
      renderQuestion();
    }

    if (state.questions !== null) {
      show('paper');
      renderNavigator();
      renderHandIn();
      flush();
    }
  }

  // ---- the question ---------------------------------------------------------------------------------------------

  function answered(index) {
    var choices = state.answers[index];
    return !!choices && choices.length > 0;
  }

  function renderQuestion() {
    var q = state.questions[state.current];
    var total = state.questions.length;
    el('question-number').textContent = format(text.question, { n: state.current + 1, total: total });
    el('question-type').textContent = text[q.type] + ' · ' + format(text.points, { n: q.points });
    el('question-stem').textContent = q.stem;
    el('question').setAttribute('data-index', String(q.index));
    el('question').setAttribute('data-type', q.type);

    var options = el('question-options');
    options.innerHTML = '';
    var chosen = state.answers[q.index] || [];
    q.options.forEach(function (option) {
      var label = document.createElement('label');
      label.className = 'option';
      var input = document.createElement('input');
      input.type = q.type === 'multiple' ? 'checkbox' : 'radio';
      input.name = 'choice';
      input.value = option.label;
      input.checked = chosen.indexOf(option.label) >= 0;
      input.addEventListener('change', choose);
      var mark = document.createElement('span');
      mark.className = 'option-label';
      mark.textContent = q.type === 'judge' ? '' : option.label;
      var body = document.createElement('span');
      body.className = 'option-text';
      body.textContent = q.type === 'judge' ? text[option.label] || option.text : option.text;
      label.appendChild(input);
      label.appendChild(mark);
      label.appendChild(body);
      options.appendChild(label);
    });

    el('prev').disabled = state.current === 0;
    el('next').disabled = state.current === total - 1;
    el('flag').textContent = state.flags[q.index] ? text.unflag : text.flag;
    el('flag').setAttribute('aria-pressed', state.flags[q.index] ? 'true' : 'false');
  }

  function renderNavigator() {
    var grid = el('navigator');
    if (grid.childElementCount !== state.questions.length) {
      grid.innerHTML = '';
      state.questions.forEach(function (q, position) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = String(position + 1);
        button.setAttribute('data-index', String(q.index));
        button.addEventListener('click', function () { go(position); });
        grid.appendChild(button);
      });
    }

    Array.prototype.forEach.call(grid.children, function (button, position) {
      var index = state.questions[position].index;
      button.className = (answered(index) ? 'answered' : 'unanswered') + (state.flags[index] ? ' flagged' : '') + (position === state.current ? ' current' : '');
    });
  }

  function go(position) {
    if (position < 0 || position >= state.questions.length) {
      return;
    }
    state.current = position;
    store('current', { position: position });
    renderQuestion();
    renderNavigator();
    el('question').scrollIntoView({ block: 'start' });
  }

  function choose() {
    if (state.status !== 'running') {
      return;
    }
    var q = state.questions[state.current];
    var choices = Array.prototype.filter.call(el('question-options').querySelectorAll('input'), function (input) { return input.checked; })
      .map(function (input) { return input.value; });
    state.answers[q.index] = choices;
    state.queue[q.index] = choices;
    store('queue', state.queue);
    renderNavigator();
    flush();
  }

  function toggleFlag() {
    var index = state.questions[state.current].index;
    if (state.flags[index]) {
      delete state.flags[index];
    } else {
      state.flags[index] = true;
    }
    store('flags', state.flags);
    renderQuestion();
    renderNavigator();
  }

  // ---- saving -----------------------------------------------------------------------------------------------------

  function pending() {
    return Object.keys(state.queue).length;
  }

  function renderSaveState() {
    var badge = el('save-state');
    var n = pending();
    var name = state.failed && n > 0 ? 'offline' : n > 0 ? 'saving' : 'saved';
    badge.setAttribute('data-state', name);
    badge.setAttribute('data-pending', String(n));
    badge.textContent = name === 'offline' ? format(text.offline, { n: n }) : text[name];
  }

  function request(method, url, body) {
    var init = { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json' }, cache: 'no-store' };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(url, init);
  }

  function signedOut(response) {
    if (response.status === 401 || response.status === 403) {
      // The queue stays in localStorage: signing in again on this browser sends it. A sign-in on another computer took
      // the attempt over: the sign-in page says so.
      window.location.href = response.headers.get('X-CertEngine-Superseded') === 'true' ? '/exam?superseded=true' : '/exam';
      return true;
    }
    return false;
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  async function flush() {
    if (state.sending || state.status !== 'running') {
      renderSaveState();
      return;
    }
    state.sending = true;
    renderSaveState();
    try {
      var index;
      while ((index = Object.keys(state.queue)[0]) !== undefined) {
        var choices = state.queue[index];
        var response = await request('PUT', '/api/attempt/answers/' + index, { choices: choices });
        if (signedOut(response)) {
          return;
        }
        if (response.status >= 500) {
          throw new Error('server ' + response.status);
        }
        var reply = await response.json();
        if (response.ok) {
          sync(reply.remainingSeconds);
        } else {
          // Refused: the sitting's state decides. Paused or not started: keep the answer for later. Handed in or time
          // up: nothing more can be saved. Still running: this answer itself was refused, so it is dropped.
          var view = await refresh();
          if (view === null) {
            throw new Error('refused and unreachable');
          }
          if (view.status === 'paused' || view.status === 'ready') {
            break;
          }
          if (state.status === 'submitted') {
            state.queue = {};
            store('queue', state.queue);
            break;
          }
        }
        // Latest answer wins: a newer choice made while this one was in flight stays queued.
        if (same(state.queue[index], choices)) {
          delete state.queue[index];
          store('queue', state.queue);
        }
      }
      state.failed = false;
      state.backoff = 1000;
    } catch (e) {
      state.failed = true;
      scheduleRetry();
    } finally {
      state.sending = false;
      renderSaveState();
    }
  }

  function scheduleRetry() {
    if (state.retryTimer !== null) {
      return;
    }
    var delay = state.backoff;
    state.backoff = Math.min(state.backoff * 2, MAX_BACKOFF_MS);
    state.retryTimer = setTimeout(function () {
      state.retryTimer = null;
      flush();
    }, delay);
  }

  async function read(url) {
    try {
      var response = await request('GET', url);
      if (signedOut(response)) {
        return null;
      }
      if (!response.ok) {
        throw new Error(url + ' ' + response.status);
      }
      return await response.json();
    } catch (e) {
      // Unreachable: once it answers again, the whole paper is read to reconcile the answers.
      state.needPaper = true;
      if (pending() > 0) {
        state.failed = true;
      }
      renderSaveState();
      return null;
    }
  }

  // The whole paper with the saved answers.
  async function refresh() {
    var view = await read('/api/attempt');
    if (view !== null) {
      state.needPaper = false;
      apply(view);
    }
    return view;
  }

  // The light poll; falls back to the whole paper when this page has none to show or may be out of step.
  async function poll() {
    if (state.needPaper || state.keyPrefix === null) {
      return refresh();
    }
    var view = await read('/api/attempt/status');
    if (view === null) {
      return null;
    }
    if (state.needPaper || (view.status === 'running' && state.questions === null)) {
      return refresh();
    }
    apply(view);
    return view;
  }

  // ---- hand-in ----------------------------------------------------------------------------------------------------

  function openHandIn() {
    var unanswered = state.questions.filter(function (q) { return !answered(q.index); }).length;
    el('hand-in-message').textContent = (unanswered > 0 ? format(text.unanswered, { n: unanswered }) : text.allAnswered) + ' ' + text.confirm;
    el('hand-in-dialog').setAttribute('data-unanswered', String(unanswered));
    el('hand-in-error').textContent = '';
    el('hand-in-dialog').hidden = false;
  }

  async function handIn() {
    el('hand-in-confirm').disabled = true;
    state.receipt = null;
    try {
      await flush();
      if (pending() > 0) {
        el('hand-in-error').textContent = text.offlineHandIn;
        return;
      }
      var response = await request('POST', '/api/attempt/submit');
      if (signedOut(response)) {
        return;
      }
      if (response.ok) {
        finish(text.handedIn);
        return;
      }
      var problem = await response.json();
      el('hand-in-error').textContent = text.refused + (problem.detail || problem.title || response.status);
    } catch (e) {
      el('hand-in-error').textContent = text.offlineHandIn;
    } finally {
      el('hand-in-confirm').disabled = false;
    }
  }

  // ---- wiring -----------------------------------------------------------------------------------------------------

  el('prev').addEventListener('click', function () { go(state.current - 1); });
  el('next').addEventListener('click', function () { go(state.current + 1); });
  el('flag').addEventListener('click', toggleFlag);
  el('hand-in').addEventListener('click', openHandIn);
  el('hand-in-cancel').addEventListener('click', function () { el('hand-in-dialog').hidden = true; });
  el('hand-in-confirm').addEventListener('click', handIn);
  window.addEventListener('online', function () {
    state.backoff = 1000;
    state.needPaper = true;
    flush();
    poll();
  });
  window.addEventListener('offline', function () {
    state.failed = true;
    renderSaveState();
  });

  setInterval(tick, TICK_MS);
  setInterval(poll, POLL_MS);
  renderSaveState();
  refresh();
})();
