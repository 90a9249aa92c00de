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

  // A field with data-enter-clicks="BUTTON_ID": Enter presses that button (the wizard's account field means Add).
  document.addEventListener('keydown', function (event) {
    var field = event.target;
    if (event.key !== 'Enter' || !field.dataset || !field.dataset.enterClicks || event.isComposing) {
      return;
    }
    var button = document.getElementById(field.dataset.enterClicks);
    if (button) {
      event.preventDefault();
      button.click();
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

  // ---- Nothing typed is lost by a swap ----
  // Inside [data-keep-typing], a field the user changed while a request was on its way keeps what the user
  // typed when the answer replaces it; the answer's own change to it (Add empties the account field) still
  // applies to what was sent. Inside [data-keep-checks] (tables that refresh themselves), ticked boxes stay ticked.
  function fieldValue(field) {
    return (field.type === 'checkbox' || field.type === 'radio') ? field.checked : field.value;
  }
  function keptFields(selector) {
    var fields = {};
    document.querySelectorAll(selector).forEach(function (area) {
      area.querySelectorAll('input[id], textarea[id], select[id]').forEach(function (field) {
        if (field.type !== 'hidden' && field.type !== 'submit') {
          fields[field.id] = fieldValue(field);
        }
      });
    });
    return fields;
  }
  document.addEventListener('htmx:beforeRequest', function (event) {
    event.detail.xhr.dirshareSent = keptFields('[data-keep-typing]');
  });
  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    xhr.dirshareTyped = keptFields('[data-keep-typing]');
    xhr.dirshareChecks = keptFields('[data-keep-checks]');
    var active = document.activeElement;
    var target = event.detail.target;
    xhr.dirshareFocusInside = !!(active && active !== document.body && target && target.contains(active));
    xhr.dirshareTargetId = target && target.id;
  });
  function merge(sent, typed, answered) {
    if (typed === sent || sent === undefined) {
      return answered;
    }
    if (answered === sent) {
      return typed;
    }
    if (typeof typed === 'string' && typed.indexOf(sent) === 0) {
      // Typed on after what was sent: keep the answer and add what came after.
      var rest = typed.slice(sent.length).trim();
      return rest ? (answered ? answered + ' ' + rest : rest) : answered;
    }
    return typed;
  }
  function setValue(field, value) {
    if (field.type === 'checkbox' || field.type === 'radio') {
      field.checked = value;
    }
    else if (field.value !== value) {
      field.value = value;
      if (document.activeElement === field && field.setSelectionRange) {
        field.setSelectionRange(value.length, value.length);
      }
    }
  }
  document.addEventListener('htmx:afterSwap', function (event) {
    var xhr = event.detail.xhr;
    var sent = xhr.dirshareSent || {};
    var typed = xhr.dirshareTyped || {};
    Object.keys(typed).forEach(function (id) {
      var field = document.getElementById(id);
      if (field && field.closest('[data-keep-typing]') && typed[id] !== sent[id]) {
        setValue(field, merge(sent[id], typed[id], fieldValue(field)));
      }
    });
    var checks = xhr.dirshareChecks || {};
    Object.keys(checks).forEach(function (id) {
      var box = document.getElementById(id);
      if (box && box.type === 'checkbox' && !box.disabled && box.closest('[data-keep-checks]')) {
        box.checked = checks[id];
      }
    });
  });

  // ---- Focus after a swap ----
  // When the element that had focus was replaced and has no twin in the answer, focus goes to the answer's
  // [data-focus-after-swap], else its first invalid field, else its first heading: never lost to the page's top.
  document.addEventListener('htmx:afterSettle', function (event) {
    var xhr = event.detail.xhr;
    if (!xhr || !xhr.dirshareFocusInside) {
      return;
    }
    xhr.dirshareFocusInside = false;
    var active = document.activeElement;
    var root = (xhr.dirshareTargetId && document.getElementById(xhr.dirshareTargetId)) || event.detail.target;
    var invalid = root && root.querySelector('[aria-invalid="true"]');
    if (invalid && (!active || active === document.body || !document.body.contains(active) || active.tagName === 'BUTTON')) {
      invalid.focus();
      return;
    }
    if (active && active !== document.body && document.body.contains(active)) {
      return;
    }
    var next = root && (root.querySelector('[data-focus-after-swap]') || root.querySelector('h1, h2, h3'));
    next = next || root;
    if (next) {
      if (!next.matches('a[href], button, input, select, textarea, [tabindex]')) {
        next.setAttribute('tabindex', '-1');
      }
      next.focus();
    }
  });

  // ---- Disclosures: the navigation on narrow screens, Actions menus ----
  // A button with aria-controls and aria-expanded shows and hides the element it controls. Without JavaScript
  // the button is not shown and the element is always visible.
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest('[data-disclosure]');
    document.querySelectorAll('[data-disclosure="menu"][aria-expanded="true"]').forEach(function (open) {
      if (open !== toggle && !(event.target.closest('#' + open.getAttribute('aria-controls')))) {
        open.setAttribute('aria-expanded', 'false');
      }
    });
    if (toggle) {
      var expanded = toggle.getAttribute('aria-expanded') === 'true';
      toggle.setAttribute('aria-expanded', expanded ? 'false' : 'true');
      if (!expanded && toggle.dataset.disclosure === 'menu') {
        var first = document.getElementById(toggle.getAttribute('aria-controls'));
        first = first && first.querySelector('a[href], button:not([disabled])');
        if (first) {
          first.focus();
        }
      }
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    document.querySelectorAll('[data-disclosure="menu"][aria-expanded="true"]').forEach(function (open) {
      open.setAttribute('aria-expanded', 'false');
      open.focus();
    });
  });

  // ---- Dialogs: a link with data-dialog="ID" opens <dialog id=ID> instead of its page ----
  document.addEventListener('click', function (event) {
    var opener = event.target.closest('a[data-dialog]');
    if (!opener) {
      return;
    }
    var dialog = document.getElementById(opener.dataset.dialog);
    if (dialog && typeof dialog.showModal === 'function') {
      event.preventDefault();
      dialog.returnFocus = opener;
      dialog.showModal();
    }
  });
  document.addEventListener('click', function (event) {
    var closer = event.target.closest('[data-close-dialog]');
    if (closer) {
      var dialog = closer.closest('dialog');
      if (dialog) {
        event.preventDefault();
        dialog.close();
      }
    }
  });
  document.addEventListener('close', function (event) {
    var dialog = event.target;
    if (dialog.tagName === 'DIALOG' && dialog.returnFocus) {
      dialog.returnFocus.focus();
    }
  }, true);

  function init(root) {
    document.documentElement.classList.add('js');
    root.querySelectorAll('[data-counter]').forEach(updateCounter);
    updateGuardedButtons();
  }
  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:afterSettle', function (event) { init(event.target); });
})();
