// Track rules editor: a problem's "tracks/<code>.yaml:<line>" selects that line in the text area, so on a phone the
// mistake is one tap away. Plain ES2017, no framework.
(function () {
  'use strict';
  var editor = document.getElementById('rules-yaml');
  var problems = document.getElementById('rules-problems');
  if (!editor || !problems) { return; }

  function selectLine(line) {
    var lines = editor.value.split('\n');
    if (line < 1 || line > lines.length) { return; }
    var start = 0;
    for (var i = 0; i < line - 1; i++) { start += lines[i].length + 1; }
    editor.focus();
    editor.setSelectionRange(start, start + lines[line - 1].length);
    var height = parseFloat(window.getComputedStyle(editor).lineHeight) || 18;
    editor.scrollTop = Math.max(0, (line - 3) * height);
    editor.scrollIntoView({ block: 'center' });
  }

  var codes = problems.querySelectorAll('code');
  for (var i = 0; i < codes.length; i++) {
    var match = /\.ya?ml:(\d+)$/.exec(codes[i].textContent.trim());
    if (!match || match[1] === '0') { continue; }
    var link = document.createElement('a');
    link.href = '#rules-yaml';
    link.textContent = codes[i].textContent;
    link.className = 'problem-line';
    link.setAttribute('data-line', match[1]);
    link.addEventListener('click', function (event) {
      event.preventDefault();
      selectLine(parseInt(this.getAttribute('data-line'), 10));
    });
    codes[i].textContent = '';
    codes[i].appendChild(link);
  }
})();
