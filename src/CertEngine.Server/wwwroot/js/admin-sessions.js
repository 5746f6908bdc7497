/*
 * The sittings form (/admin/sessions). Plain ES2017, nothing from the internet; the form works without it.
 * - Choosing another track reloads the form for it (its components, staff rule and enrolled candidates).
 * - Choosing a component fills in its minutes (until the minutes are typed by hand) and shows the assessors only for
 *   practical and review sittings.
 * - 全选 / 全不选 tick or clear every listed candidate; a hint counts the roster against the room's seats.
 * - A hint says the staffing rule in plain words and what this roster needs of it, as the selection changes. The needed
 *   counts come from the server (the rule the sitting checks), per roster size; the sitting itself has the last word.
 */
(function () {
  'use strict';

  var el = function (id) { return document.getElementById(id); };
  var form = el('schedule');
  var trackChoice = el('track');
  if (trackChoice) {
    trackChoice.addEventListener('change', function () { el('track-choice').submit(); });
  }
  if (!form) {
    return;
  }

  var hintsNode = el('schedule-hints');
  var hints = hintsNode ? JSON.parse(hintsNode.textContent) : null;
  var component = el('Component');
  var minutes = el('Minutes');
  var minutesTyped = false;

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, name) { return String(values[name]); });
  }

  function checked(name) {
    return form.querySelectorAll('input[name="' + name + '"]:checked').length;
  }

  function rosterSize() {
    var pasted = el('Pasted').value.split('\n').filter(function (line) { return line.trim().length > 0; }).length;
    return checked('Roster') + pasted;
  }

  function needed(table, n) {
    return n < table.length ? table[n] : '?';
  }

  function update() {
    var kind = component.value;
    el('assessors').hidden = kind === 'theory';
    if (!hints) {
      return;
    }
    var n = rosterSize();
    var seats = parseInt(el('Capacity').value, 10);
    var countHint = form.querySelector('[data-hint="count"]');
    countHint.textContent = format(seats > 0 ? (n > seats ? hints.text.over : hints.text.seats) : hints.text.count, { n: n, c: seats });
    countHint.classList.toggle('over', seats > 0 && n > seats);
    form.querySelector('[data-hint="theory"]').textContent = format(hints.text.theory, { n: n, p: needed(hints.proctors, n), k: checked('Proctors') });
    var assessorHint = kind === 'review' ? hints.text.review : hints.text.practical;
    form.querySelector('[data-hint="assessors"]').textContent = format(assessorHint, { n: n, a: needed(hints.assessors, n), s: hints.scoring, panel: hints.panel, k: checked('Assessors') });
  }

  function tickAll(on) {
    form.querySelectorAll('input[name="Roster"]').forEach(function (box) { box.checked = on; });
    update();
  }

  el('select-all').addEventListener('click', function () { tickAll(true); });
  el('select-none').addEventListener('click', function () { tickAll(false); });
  el('Capacity').addEventListener('input', update);
  minutes.addEventListener('input', function () { minutesTyped = true; });
  component.addEventListener('change', function () {
    var option = component.options[component.selectedIndex];
    if (!minutesTyped && option && option.getAttribute('data-minutes')) {
      minutes.value = option.getAttribute('data-minutes');
    }
    update();
  });
  form.addEventListener('change', update);
  el('Pasted').addEventListener('input', update);
  update();
})();
