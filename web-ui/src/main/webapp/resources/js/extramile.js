/* ExtraMile: the few behaviours the pages add to plain forms; everything works without them. */
(function () {
  'use strict';

  /* The answer box: a live character count, and Ctrl+Enter (Cmd+Enter) to send. */
  function answerBox(box) {
    var count = document.getElementById('answer-count-value');
    var update = function () { count.textContent = String(box.value.length); };
    box.addEventListener('input', update);
    update();
    box.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        document.getElementById(box.getAttribute('data-send')).click();
      }
    });
  }

  /* Copies a link shown in a field, and says so in the status region. */
  function copyButton(button) {
    button.addEventListener('click', function () {
      var field = document.getElementById(button.getAttribute('data-copy-from'));
      var status = document.getElementById('copy-status');
      var say = function (ok) {
        status.textContent = button.getAttribute(ok ? 'data-copied' : 'data-copy-failed');
      };
      var fallback = function () {
        field.focus();
        field.select();
        var ok = false;
        try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
        button.focus();
        say(ok);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(function () { say(true); }, fallback);
      } else {
        fallback();
      }
    });
  }

  function init() {
    document.querySelectorAll('[data-answer-box]').forEach(answerBox);
    document.querySelectorAll('[data-copy-from]').forEach(copyButton);
    var focus = document.querySelector('[data-focus-on-load="true"]');
    if (focus) {
      focus.focus();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
