// The rubric form (/assess/…): keeps the running total, keeps each entry inside its criterion's bounds, and asks for a
// last confirmation, because a signed sheet cannot be changed. Plain ES2017; the server checks everything again.
(function () {
  'use strict';
  var form = document.getElementById('sheet');
  if (!form) { return; }
  var inputs = Array.prototype.slice.call(form.querySelectorAll('input[type=number]'));
  var total = document.getElementById('total');

  function sum() {
    var value = inputs.reduce(function (acc, input) {
      var n = parseFloat(input.value);
      return acc + (isNaN(n) ? 0 : n);
    }, 0);
    total.textContent = String(Math.round(value * 100) / 100);
  }

  inputs.forEach(function (input) {
    input.addEventListener('input', function () {
      var max = parseFloat(input.getAttribute('data-max'));
      var n = parseFloat(input.value);
      input.setCustomValidity(!isNaN(n) && (n < 0 || n > max) ? '0 – ' + max : '');
      sum();
    });
  });

  form.addEventListener('submit', function (event) {
    if (!window.confirm(form.getAttribute('data-confirm') + ' (' + total.textContent + ')')) {
      event.preventDefault();
    }
  });
  sum();
}());
