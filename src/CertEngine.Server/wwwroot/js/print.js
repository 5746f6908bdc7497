// The print button of printable sheets (seat plan): a listener, since the pages allow no inline script or javascript: link.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
