// The survey works without this script; with it, the question about difficulties appears only under a
// score of 1, 2 or 3, as the act asks.
(function () {
  function update(fieldset) {
    var box = fieldset.querySelector('.difficulty');
    if (!box) { return; }
    var checked = fieldset.querySelector('input[type=radio]:checked');
    var low = checked && Number(checked.value) <= 3;
    var text = box.querySelector('textarea');
    var keep = low || (text && text.value.trim() !== '') || box.classList.contains('invalid');
    box.hidden = !keep;
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('fieldset.question').forEach(function (fieldset) {
      update(fieldset);
      fieldset.addEventListener('change', function () { update(fieldset); });
    });
    var errors = document.getElementById('survey-errors');
    if (errors) { errors.focus(); }
  });
})();
