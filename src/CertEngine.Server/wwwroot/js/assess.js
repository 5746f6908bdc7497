// The rubric form (/assess/…): keeps the running total (also in the one confirmation the form asks for: the signing
// checkbox), and says at once when an entry is above its criterion's maximum. Plain ES2017; the server checks
// everything again.
(function () {
  'use strict';
  var form = document.getElementById('sheet');
  if (!form) { return; }
  var inputs = Array.prototype.slice.call(form.querySelectorAll('input[type=number]'));
  var total = document.getElementById('total');
  var confirmTotal = form.querySelector('.confirm-total');

  function sum() {
    var value = inputs.reduce(function (acc, input) {
      var n = parseFloat(input.value);
      return acc + (isNaN(n) ? 0 : n);
    }, 0);
    var text = String(Math.round(value * 100) / 100);
    total.textContent = text;
    if (confirmTotal) { confirmTotal.textContent = text; }
  }

  function check(input) {
    var max = parseFloat(input.getAttribute('data-max'));
    var n = parseFloat(input.value);
    var over = !isNaN(n) && n > max;
    input.setCustomValidity(!isNaN(n) && (n < 0 || over) ? '0 – ' + max : '');
    input.setAttribute('aria-invalid', over || n < 0 ? 'true' : 'false');
    var message = document.getElementById(input.getAttribute('aria-describedby'));
    if (message) { message.hidden = !over; }
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
