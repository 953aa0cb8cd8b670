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

  /*
   * A link that opens a dialog about one record (data-dialog names it; followed without this script, it opens the
   * page with the dialog open): the dialog is told which record, opens modal with the focus on its first field, and
   * gives the focus back to the link when it closes, Escape included.
   */
  function dialogOpener(link) {
    var dialog = document.getElementById(link.getAttribute('data-dialog'));
    link.addEventListener('click', function (event) {
      event.preventDefault();
      dialog.querySelector('[data-dialog-serial]').value = link.getAttribute('data-serial');
      dialog.querySelector('[data-dialog-subject]').textContent = link.getAttribute('data-subject');
      dialog.querySelectorAll('textarea').forEach(function (field) { field.value = ''; });
      openModal(dialog, link);
    });
  }

  function openModal(dialog, opener) {
    dialog.opener = opener;
    dialog.showModal();
    var first = dialog.querySelector('textarea, select, input:not([type=hidden])');
    if (first) {
      first.focus();
    }
  }

  function recordDialog(dialog) {
    dialog.addEventListener('close', function () {
      if (dialog.opener) {
        dialog.opener.focus();
      }
    });
    dialog.querySelectorAll('[data-dialog-close]').forEach(function (cancel) {
      cancel.addEventListener('click', function (event) {
        event.preventDefault();
        dialog.close();
      });
    });
    // Opened with the page (its link was followed before this script ran): modal, as if the link had opened it.
    if (dialog.hasAttribute('open')) {
      var serial = dialog.querySelector('[data-dialog-serial]').value;
      dialog.close();
      openModal(dialog, document.querySelector('[data-dialog="' + dialog.id + '"][data-serial="' + serial + '"]'));
    }
  }

  var POLL_MS = 500;
  /** How often the jobs page looks for runs that started after it loaded. */
  var WATCH_MS = 5000;

  function setProgress(bar, percent) {
    bar.value = percent;
    bar.setAttribute('aria-valuenow', String(percent));
    bar.setAttribute('aria-valuetext', percent + '%');
    bar.textContent = percent + '%';
  }

  function fill(pattern, values) {
    return pattern.replace(/\{(\d)\}/g, function (all, index) {
      var value = values[Number(index)];
      return value === undefined ? all : value.toLocaleString(document.documentElement.lang || undefined);
    });
  }

  /**
   * Asks the address for JSON every interval (four times slower after a failure) and hands it to onJson, until onJson
   * returns false.
   */
  function pollJson(url, interval, onJson) {
    var look = function () {
      fetch(url, {credentials: 'same-origin', cache: 'no-store'})
        .then(function (response) {
          if (!response.ok) {
            throw new Error(String(response.status));
          }
          return response.json();
        })
        .then(function (json) {
          if (onJson(json) !== false) {
            window.setTimeout(look, interval);
          }
        })
        .catch(function () {
          window.setTimeout(look, interval * 4);
        });
    };
    window.setTimeout(look, interval);
  }

  /* A job running on the server (a roster import, a scheduled job run now): asks how far it is until it ends, then
     reloads the page, which shows how it ended. The answer is {state, stage, done, total, percent}; a stage counted in
     steps moves the bar, and the status line says the stage's text (data-text-<stage>) at every tenth, not at every
     poll: a screen reader would read nothing else. */
  function followJob(section) {
    var bar = section.querySelector('progress');
    var status = section.querySelector('[aria-live]');
    var announced = -1;
    pollJson(section.getAttribute('data-poll'), POLL_MS, function (job) {
      if (job.state !== 'RUNNING') {
        window.location.reload();
        return false;
      }
      var text = section.getAttribute('data-text-' + job.stage.toLowerCase());
      if (typeof job.percent === 'number' && text) {
        setProgress(bar, job.percent);
        var step = job.stage + Math.floor(job.percent / 10);
        if (step !== announced) {
          announced = step;
          status.textContent = fill(text, [job.done, job.total]);
        }
      }
      return true;
    });
  }

  /**
   * The jobs page shows each job's last run as it was at load. A run that starts later (a timer's, another node's, or
   * one that starts and ends between two looks) reloads the page, which then follows it as it follows any running one.
   */
  function watchJobs(table) {
    var shown = {};
    table.querySelectorAll('tr[data-job]').forEach(function (row) {
      shown[row.getAttribute('data-job')] = {
        // Facelets leaves out an empty attribute: a job never run has none.
        started: row.getAttribute('data-started') || '',
        running: row.getAttribute('data-running') === 'true'
      };
    });
    pollJson(table.getAttribute('data-watch-jobs'), WATCH_MS, function (all) {
      var changed = Object.keys(shown).some(function (name) {
        var now = all.jobs[name];
        // A running row is followed on its own, which reloads once it ends.
        return now && !shown[name].running
          && ((now.startedAt || '') !== shown[name].started || now.state === 'RUNNING');
      });
      if (changed) {
        window.location.reload();
      }
      return !changed;
    });
  }

  /**
   * Says in a status element, read out by screen readers, that slow work runs; empties it once done and moves the
   * focus to {@code focusId}, since the Ajax answer replaced the button that had it.
   */
  function busy(id, running, focusId) {
    var status = document.getElementById(id);
    if (status) {
      status.textContent = running ? status.getAttribute('data-text') : '';
    }
    var next = !running && focusId && document.getElementById(focusId);
    if (next) {
      next.focus();
    }
  }

  window.ExtraMile = {setProgress: setProgress, fill: fill, busy: busy};

  function init() {
    document.querySelectorAll('[data-follow-job]').forEach(followJob);
    document.querySelectorAll('[data-watch-jobs]').forEach(watchJobs);
    document.querySelectorAll('dialog.record-dialog').forEach(recordDialog);
    document.querySelectorAll('[data-dialog]').forEach(dialogOpener);
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
