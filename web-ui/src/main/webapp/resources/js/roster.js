/* ExtraMile roster page: upload progress and a size check before sending (extramile.js follows the job while the
   server checks or imports the rows). Without script the form posts as usual and a link refreshes the progress. */
(function () {
  'use strict';

  var setProgress = window.ExtraMile.setProgress;
  var fill = window.ExtraMile.fill;

  /* Sends the form with XMLHttpRequest to show how much of the file has gone; the server answers with a
     redirect to the job's page (followed here, then shown), or with the page and its messages. */
  function uploadForm(form) {
    var input = form.querySelector('input[type=file]');
    var button = form.querySelector('input[type=submit]');
    var error = document.getElementById('file-error');
    var box = document.getElementById('upload-progress-box');
    var bar = document.getElementById('upload-progress');
    var status = document.getElementById('upload-status');
    var announced = -1;
    var plain = false;

    form.addEventListener('submit', function (event) {
      if (plain) {
        return;
      }
      var file = input.files && input.files[0];
      var max = Number(input.getAttribute('data-max-bytes'));
      event.preventDefault();
      if (!file) {
        error.textContent = error.getAttribute('data-no-file');
        input.focus();
        return;
      }
      if (file.size > max) {
        error.textContent = fill(error.getAttribute('data-too-big'),
          [file.name, (Math.ceil(file.size / 104857.6) / 10).toFixed(1), max / 1048576]);
        input.focus();
        return;
      }
      error.textContent = '';
      var data = new FormData(form);
      data.append(button.name, button.value);
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.upload.addEventListener('progress', function (progress) {
        if (!progress.lengthComputable) {
          return;
        }
        var percent = Math.floor(100 * progress.loaded / progress.total);
        setProgress(bar, percent);
        // Say it at every quarter, not at every event: a screen reader would read nothing else.
        var quarter = Math.floor(percent / 25);
        if (quarter !== announced) {
          announced = quarter;
          status.textContent = fill(status.getAttribute('data-text'), [percent]);
        }
      });
      request.addEventListener('load', function () {
        if (request.responseURL && request.responseURL.indexOf('job=') >= 0) {
          window.location.assign(request.responseURL);
        } else {
          document.open();
          document.write(request.responseText);
          document.close();
        }
      });
      request.addEventListener('error', function () {
        // The upload by script failed: send the form the plain way, which shows its own errors.
        box.hidden = true;
        button.disabled = false;
        plain = true;
        button.click();
      });
      box.hidden = false;
      button.disabled = true;
      setProgress(bar, 0);
      request.send(data);
    });
  }

  function init() {
    document.querySelectorAll('form[data-upload-progress]').forEach(uploadForm);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
