// A little help where it helps; every page works without it.
document.documentElement.classList.add("js");
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
  // Codes (MUST_FILE, STOP_SALE) beside the labels only on request; the choice is remembered.
  var toggle = document.getElementById("toggle-codes");
  var root = document.documentElement;
  var remembered = function () {
    try { return window.localStorage.getItem("spotcheck-codes") === "on"; } catch (e) { return false; }
  };
  var show = function (on) {
    root.classList.toggle("show-codes", on);
    if (toggle) {
      toggle.setAttribute("aria-pressed", on ? "true" : "false");
    }
  };
  show(remembered());
  if (toggle) {
    toggle.addEventListener("click", function () {
      var on = !root.classList.contains("show-codes");
      show(on);
      try { window.localStorage.setItem("spotcheck-codes", on ? "on" : "off"); } catch (e) { /* private mode */ }
    });
  }
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
  // A date picker beside each date field: the field also takes 2026/10/20 or 2026.10.20 as typed.
  document.querySelectorAll("input[data-date]").forEach(function (field) {
    var picker = document.createElement("input");
    picker.type = "date";
    picker.className = "date-picker";
    picker.tabIndex = -1;
    picker.setAttribute("aria-hidden", "true");
    picker.title = field.getAttribute("data-picker-label") || "";
    var iso = /^(\d{4})[-\/.年](\d{1,2})[-\/.月](\d{1,2})日?$/.exec(field.value.trim());
    if (iso) {
      picker.value = iso[1] + "-" + ("0" + iso[2]).slice(-2) + "-" + ("0" + iso[3]).slice(-2);
    }
    picker.addEventListener("change", function () {
      if (picker.value) {
        field.value = picker.value;
        field.dispatchEvent(new Event("change", { bubbles: true }));
      }
    });
    field.parentNode.insertBefore(picker, field.nextSibling);
  });
});
