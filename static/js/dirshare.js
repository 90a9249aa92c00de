// dirshare's only script: CSRF for htmx, and small progressive enhancements. Pages work without it.
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  document.addEventListener('htmx:configRequest', function (event) {
    var c = csrf();
    if (c) {
      event.detail.headers[c.header] = c.token;
    }
  });

  // Forms with data-confirm ask before they submit (htmx or not).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // The Region selector switches on change; its button is for browsers without JavaScript.
  document.addEventListener('change', function (event) {
    if (event.target.matches('[data-autosubmit]')) {
      event.target.form.requestSubmit();
    }
  });

  // A text area with data-counter="ID" shows how many characters are left in element ID.
  function updateCounter(area) {
    var counter = document.getElementById(area.dataset.counter);
    if (counter) {
      var max = parseInt(area.getAttribute('maxlength'), 10);
      counter.textContent = (max - area.value.length) + ' characters left';
    }
  }
  document.addEventListener('input', function (event) {
    if (event.target.dataset && event.target.dataset.counter) {
      updateCounter(event.target);
    }
  });

  // A button with data-enable-when="CHECKBOX_ID:INPUT_ID:WORD" is enabled only while the box is ticked
  // and WORD is typed (the server checks both again).
  function updateGuardedButtons() {
    document.querySelectorAll('[data-enable-when]').forEach(function (button) {
      var parts = button.dataset.enableWhen.split(':');
      var box = document.getElementById(parts[0]);
      var input = document.getElementById(parts[1]);
      var ok = box && box.checked && input && input.value.trim() === parts[2];
      button.disabled = !ok;
    });
  }
  document.addEventListener('input', updateGuardedButtons);
  document.addEventListener('change', updateGuardedButtons);

  function init(root) {
    document.documentElement.classList.add('js');
    root.querySelectorAll('[data-counter]').forEach(updateCounter);
    updateGuardedButtons();
  }
  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:afterSettle', function (event) { init(event.target); });
})();
