// The rubric form (/assess/…): the assessor types what each criterion deducts (扣分), as the rubric's standards are
// written; the page shows each criterion's points awarded, the deductions and the total (also in the one confirmation
// the form asks for: the signing checkbox), and says at once when a deduction is above its criterion's points. Plain
// ES2017; the server checks everything again.
(function () {
  'use strict';
  var form = document.getElementById('sheet');
  if (!form) { return; }
  var inputs = Array.prototype.slice.call(form.querySelectorAll('input[type=number]'));
  var total = document.getElementById('total');
  var deducted = document.getElementById('deducted');
  var confirmTotal = form.querySelector('.confirm-total');

  function round(n) { return String(Math.round(n * 100) / 100); }

  function sum() {
    var points = 0;
    var taken = 0;
    inputs.forEach(function (input) {
      var max = parseFloat(input.getAttribute('data-max'));
      var n = parseFloat(input.value);
      points += max;
      if (!isNaN(n)) { taken += Math.min(Math.max(n, 0), max); }
    });
    deducted.textContent = round(taken);
    total.textContent = round(points - taken);
    if (confirmTotal) { confirmTotal.textContent = round(points - taken); }
  }

  function check(input) {
    var max = parseFloat(input.getAttribute('data-max'));
    var n = parseFloat(input.value);
    var over = !isNaN(n) && n > max;
    var bad = !isNaN(n) && (n < 0 || over);
    input.setCustomValidity(bad ? '0 – ' + max : '');
    input.setAttribute('aria-invalid', bad ? 'true' : 'false');
    var message = document.getElementById(input.getAttribute('aria-describedby'));
    if (message) { message.hidden = !over; }
    var awarded = document.getElementById('a-' + input.id.substring(2));
    if (awarded) { awarded.textContent = isNaN(n) || bad ? '—' : round(max - n); }
  }

  inputs.forEach(function (input) {
    input.addEventListener('input', function () {
      check(input);
      sum();
    });
    check(input);
  });
  sum();
}());
