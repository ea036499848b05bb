// A little help where it helps; every page works without it.
document.addEventListener("DOMContentLoaded", function () {
  // After a refused form, take keyboard and screen-reader users to the list of problems.
  var problems = document.getElementById("problems");
  if (problems) {
    problems.focus();
  }
  // Choosing the sample files makes the upload fields unnecessary.
  var samples = document.getElementById("useSamples");
  if (samples) {
    var inputs = document.querySelectorAll("#plan-form input[type=file]");
    var sync = function () {
      inputs.forEach(function (input) { input.disabled = samples.checked; });
    };
    samples.addEventListener("change", sync);
    sync();
  }
});
