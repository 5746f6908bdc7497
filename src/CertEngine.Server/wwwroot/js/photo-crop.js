// The candidate page's photo (/admin/candidates/{id}): the chosen picture in a 5:7 frame the user drags and zooms, sent
// as the cropped 295×413 JPEG to PUT /api/candidates/{idNumber}/photo (the server normalises it again). Without script,
// or before a picture is loaded, the form posts the file as it is and the server crops the middle. Plain ES5, nothing
// from the internet; pointer events with a touch fallback for older in-app browsers (WeChat).
(function () {
  'use strict';
  var remove = document.getElementById('photo-remove');
  if (remove) {
    remove.addEventListener('submit', function (e) {
      if (!window.confirm(remove.getAttribute('data-confirm'))) { e.preventDefault(); }
    });
  }
  var form = document.getElementById('photo-form');
  if (!form) { return; }
  var input = document.getElementById('photo');
  var cropper = document.getElementById('cropper');
  var canvas = document.getElementById('crop-canvas');
  var zoom = document.getElementById('crop-zoom');
  var problem = document.getElementById('photo-problem');
  var button = document.getElementById('photo-upload');
  var context = canvas.getContext('2d');
  var W = canvas.width, H = canvas.height;
  var maxBytes = 8 * 1024 * 1024;
  var image = null, base = 1, scale = 1, x = 0, y = 0, drag = null;

  function say(text) { problem.textContent = text || ''; }

  // The picture always covers the frame: no white edge can be dragged in.
  function clamp() {
    x = Math.min(0, Math.max(W - image.width * scale, x));
    y = Math.min(0, Math.max(H - image.height * scale, y));
  }

  function draw() {
    context.fillStyle = '#fff';
    context.fillRect(0, 0, W, H);
    if (image) { context.drawImage(image, x, y, image.width * scale, image.height * scale); }
  }

  // Zooms to z (1 = the whole frame covered) keeping the canvas point (cx, cy) where it is.
  function zoomTo(z, cx, cy) {
    if (!image) { return; }
    z = Math.min(4, Math.max(1, z));
    var ix = (cx - x) / scale, iy = (cy - y) / scale;
    scale = base * z;
    x = cx - ix * scale;
    y = cy - iy * scale;
    zoom.value = String(z);
    clamp();
    draw();
  }

  input.addEventListener('change', function () {
    say('');
    image = null;
    cropper.hidden = true;
    var file = input.files && input.files[0];
    if (!file) { return; }
    if (file.size > maxBytes) { say(form.getAttribute('data-too-large')); return; }
    var reader = new FileReader();
    reader.onload = function () {
      var picture = new Image();
      picture.onload = function () {
        image = picture;
        base = Math.max(W / picture.width, H / picture.height);
        scale = base;
        x = (W - picture.width * scale) / 2;
        y = (H - picture.height * scale) / 2;
        zoom.value = '1';
        cropper.hidden = false;
        draw();
      };
      picture.onerror = function () { say(form.getAttribute('data-not-image')); };
      picture.src = reader.result;
    };
    reader.readAsDataURL(file);
  });

  zoom.addEventListener('input', function () { zoomTo(parseFloat(zoom.value), W / 2, H / 2); });

  function ratio() { return W / canvas.getBoundingClientRect().width; }
  function start(px, py) { if (image) { drag = { x: px, y: py }; } }
  function move(px, py) {
    if (!drag) { return; }
    var k = ratio();
    x += (px - drag.x) * k;
    y += (py - drag.y) * k;
    drag = { x: px, y: py };
    clamp();
    draw();
  }
  function end() { drag = null; }

  if (window.PointerEvent) {
    canvas.addEventListener('pointerdown', function (e) { start(e.clientX, e.clientY); canvas.setPointerCapture(e.pointerId); e.preventDefault(); });
    canvas.addEventListener('pointermove', function (e) { move(e.clientX, e.clientY); });
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
  } else {
    canvas.addEventListener('touchstart', function (e) { start(e.touches[0].clientX, e.touches[0].clientY); e.preventDefault(); });
    canvas.addEventListener('touchmove', function (e) { move(e.touches[0].clientX, e.touches[0].clientY); e.preventDefault(); });
    canvas.addEventListener('touchend', end);
  }

  canvas.addEventListener('wheel', function (e) {
    if (!image) { return; }
    e.preventDefault();
    var rect = canvas.getBoundingClientRect(), k = ratio();
    zoomTo(parseFloat(zoom.value) * (e.deltaY < 0 ? 1.1 : 1 / 1.1), (e.clientX - rect.left) * k, (e.clientY - rect.top) * k);
  });

  function jpeg(done) {
    if (canvas.toBlob) { canvas.toBlob(done, 'image/jpeg', 0.92); return; }
    var bytes = atob(canvas.toDataURL('image/jpeg', 0.92).split(',')[1]), array = new Uint8Array(bytes.length);
    for (var i = 0; i < bytes.length; i++) { array[i] = bytes.charCodeAt(i); }
    done(new Blob([array], { type: 'image/jpeg' }));
  }

  form.addEventListener('submit', function (e) {
    if (!image) { return; }
    e.preventDefault();
    button.disabled = true;
    say('');
    jpeg(function (blob) {
      fetch(form.getAttribute('data-api'), {
        method: 'PUT', credentials: 'same-origin', headers: { 'Content-Type': 'image/jpeg', 'Accept': 'application/json' }, body: blob
      }).then(function (response) {
        if (response.ok) { window.location.href = window.location.pathname + '?photo=saved'; return null; }
        return response.json().then(function (p) { throw new Error(p.detail || p.title); }, function () { throw new Error(String(response.status)); });
      }).catch(function (error) {
        say(error.message);
        button.disabled = false;
      });
    });
  });
}());
