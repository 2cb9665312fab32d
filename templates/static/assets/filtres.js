// Filters of the project list. Without JavaScript the per-year and per-type pages do the job,
// so the form stays hidden until this script runs.
(function () {
  var form = document.getElementById('filtres');
  var list = document.getElementById('liste-projets');
  if (!form || !list) return;
  form.hidden = false;
  var status = document.getElementById('filtres-resultat');
  var items = Array.prototype.slice.call(list.children);
  var params = new URLSearchParams(window.location.search);
  ['annee', 'type', 'levier', 'programme'].forEach(function (name) {
    if (params.get(name)) form.elements[name].value = params.get(name);
  });
  function apply() {
    var annee = form.elements.annee.value, type = form.elements.type.value;
    var levier = form.elements.levier.value, programme = form.elements.programme.value;
    var shown = 0;
    items.forEach(function (item) {
      var card = item.querySelector('[data-annee]');
      var ok = (!annee || card.dataset.annee === annee) && (!type || card.dataset.type === type) &&
        (!programme || card.dataset.programme === programme) &&
        (!levier || card.dataset.leviers.split(' ').indexOf(levier) >= 0);
      item.hidden = !ok;
      if (ok) shown += 1;
    });
    status.textContent = shown + (shown > 1 ? ' projets affichés' : ' projet affiché') + ' sur ' + items.length;
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  apply();
})();
