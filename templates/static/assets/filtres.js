// The project list's filters, its cards / table switch and the table's sorting. Without
// JavaScript the cards list every project and the per-year, per-type and per-ministry pages do
// the filtering, so the form, the switch and the table stay hidden until this script runs.
// The state (filters, sort, view) is kept in the address with history.replaceState, in French
// parameters (?annee=2019&type=operateur&tri=montant&ordre=decroissant&vue=tableau), and read
// back on load: a reload or a shared link shows the same rows in the same order.
(function () {
  var form = document.getElementById('filtres');
  var list = document.getElementById('liste-projets');
  var table = document.getElementById('tableau-projets');
  var body = document.getElementById('lignes-projets');
  if (!form || !list || !table || !body) return;
  var FILTERS = ['annee', 'type', 'ministere', 'levier', 'programme', 'statut'];
  var NARROW_SPACE = '\u202f', NO_BREAK_SPACE = '\u00a0';
  var status = document.getElementById('filtres-resultat');
  var clear = document.getElementById('filtres-effacer');
  var empty = document.getElementById('filtres-vide');
  var emptyClear = document.getElementById('filtres-vide-effacer');
  var views = document.getElementById('vue');
  var headers = Array.prototype.slice.call(table.querySelectorAll('thead th[data-tri]'));
  var rows = Array.prototype.slice.call(body.rows);
  var collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  var sort = { key: '', order: '' };
  var view = 'cartes';

  // Each card follows its row: both link to the same project page.
  var cardOf = {};
  Array.prototype.forEach.call(list.children, function (item) {
    var link = item.querySelector('a[href]');
    if (link) cardOf[link.getAttribute('href')] = item;
  });
  rows.forEach(function (row, index) {
    row.ftapIndex = index;
    row.ftapCard = cardOf[row.querySelector('a[href]').getAttribute('href')] || null;
  });

  // The site's French figures (Rendering/FrenchFormat.swift): « 4 525 850 € », « 24,3 M€ ».
  function integer(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, NARROW_SPACE); }
  function decimal(amount, unit) {
    var hundredths = Math.floor((amount * 100 + Math.floor(unit / 2)) / unit);
    var fraction = String(hundredths % 100);
    if (fraction.length === 1) fraction = '0' + fraction;
    fraction = fraction.replace(/0+$/, '');
    return integer(Math.floor(hundredths / 100)) + (fraction ? ',' + fraction : '');
  }
  function compactEuros(amount) {
    if (amount >= 1e9) return decimal(amount, 1e9) + NO_BREAK_SPACE + 'Md€';
    if (amount >= 1e6) return decimal(amount, 1e6) + NO_BREAK_SPACE + 'M€';
    return integer(amount) + NO_BREAK_SPACE + '€';
  }
  function count(n, singular, plural) { return integer(n) + ' ' + (n >= 2 ? plural : singular); }

  function matches(row) {
    return FILTERS.every(function (name) {
      var wanted = form.elements[name].value;
      if (!wanted) return true;
      if (name === 'levier') return row.dataset.leviers.split(' ').indexOf(wanted) >= 0;
      return row.dataset[name] === wanted;
    });
  }

  // A number column sorts on its data attribute (an amount no source publishes always comes
  // last); a text column on its cell, in French order. Equal rows keep the page's order.
  function sortKey(row, header) {
    if (header.hasAttribute('data-nombre')) {
      var raw = row.dataset[header.dataset.tri];
      return raw === '' ? null : Number(raw);
    }
    return row.cells[headers.indexOf(header)].textContent.trim();
  }
  function ordered() {
    var header = headers.filter(function (h) { return h.dataset.tri === sort.key; })[0];
    if (!header) return rows.slice();
    var sign = sort.order === 'decroissant' ? -1 : 1;
    return rows.slice().sort(function (a, b) {
      var x = sortKey(a, header), y = sortKey(b, header), c;
      if (x === null || y === null) c = x === y ? 0 : (x === null ? 1 : -1);
      else c = sign * (typeof x === 'number' ? x - y : collator.compare(x, y));
      return c || a.ftapIndex - b.ftapIndex;
    });
  }

  function writeAddress() {
    var params = new URLSearchParams();
    FILTERS.forEach(function (name) { if (form.elements[name].value) params.set(name, form.elements[name].value); });
    if (sort.key) { params.set('tri', sort.key); params.set('ordre', sort.order); }
    if (view === 'tableau') params.set('vue', 'tableau');
    var query = params.toString();
    history.replaceState(history.state, '', window.location.pathname + (query ? '?' + query : '') + window.location.hash);
  }

  function apply() {
    var shown = 0, amount = 0, withoutAmount = 0, paid = 0, reportingPaid = 0, active = false;
    // A sum that includes « plus de 30 M€ » is a floor; one that includes « près de » is an estimate.
    var floor = false, estimate = false;
    FILTERS.forEach(function (name) { if (form.elements[name].value) active = true; });
    ordered().forEach(function (row) {
      var ok = matches(row);
      row.hidden = !ok;
      body.appendChild(row);
      if (row.ftapCard) { row.ftapCard.hidden = !ok; list.appendChild(row.ftapCard); }
      if (!ok) return;
      shown += 1;
      if (row.dataset.montant === '') withoutAmount += 1; else amount += Number(row.dataset.montant);
      if (row.dataset.montant !== '' && row.dataset.approximation === 'au-moins') floor = true;
      if (row.dataset.montant !== '' && row.dataset.approximation === 'environ') estimate = true;
      // A sheet that lists no payment (empty) is not reported, not zero: left out of the sum, which
      // then says how many sheets it comes from.
      if (row.dataset.verse !== '') { reportingPaid += 1; paid += Number(row.dataset.verse); }
    });
    headers.forEach(function (header) {
      var button = header.querySelector('button');
      var sorted = header.dataset.tri === sort.key;
      if (sorted) header.setAttribute('aria-sort', sort.order === 'decroissant' ? 'descending' : 'ascending');
      else header.removeAttribute('aria-sort');
      button.classList.toggle('fr-btn--sort', !sorted);
      button.classList.toggle('fr-btn--sort-asc', sorted && sort.order !== 'decroissant');
      button.classList.toggle('fr-btn--sort-desc', sorted && sort.order === 'decroissant');
    });
    document.getElementById('total-projets').textContent = count(shown, 'projet', 'projets');
    document.getElementById('total-sans-montant').textContent =
      withoutAmount ? ', dont ' + count(withoutAmount, 'projet', 'projets') + ' sans montant publié' : '';
    var shownAmount = (floor ? 'au moins ' : '') + (estimate ? 'environ ' : '') + compactEuros(amount);
    document.getElementById('total-montant').textContent = shown && withoutAmount === shown ? 'non publié' : shownAmount;
    // No « Versé » column when no sheet reports a payment.
    var paidTotal = document.getElementById('total-verse'), paidNote = document.getElementById('total-verse-note');
    if (paidTotal) paidTotal.textContent = reportingPaid ? compactEuros(paid) : 'non renseigné';
    if (paidNote) paidNote.textContent = reportingPaid && reportingPaid < shown
      ? 'd\u2019après ' + count(reportingPaid, 'fiche', 'fiches') + ' sur ' + integer(shown) : '';
    status.textContent = shown ? count(shown, 'projet affiché', 'projets affichés') + ' sur ' + integer(rows.length)
                               : 'Aucun projet ne correspond à ces filtres (sur ' + integer(rows.length) + ')';
    clear.hidden = !active;
    // The list's heading says what it lists.
    var heading = document.getElementById('titre-liste');
    if (heading) heading.textContent = active ? 'Projets sélectionnés par les filtres' : 'Tous les projets';
    empty.hidden = shown > 0;
    list.hidden = shown === 0 || view !== 'cartes';
    table.hidden = shown === 0 || view !== 'tableau';
    writeAddress();
  }

  function clearFilters() {
    FILTERS.forEach(function (name) { form.elements[name].value = ''; });
    apply();
    form.elements.annee.focus();
  }

  // A filter with a single value (« Tous » and one) filters nothing: it is not shown.
  FILTERS.forEach(function (name) {
    var select = form.elements[name];
    if (select.options.length <= 2) select.closest('.fr-fieldset__element').hidden = true;
  });

  // Read the address: a value the page does not offer is ignored (and dropped from the address).
  var params = new URLSearchParams(window.location.search);
  FILTERS.forEach(function (name) {
    var select = form.elements[name], wanted = params.get(name);
    if (wanted && Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) select.value = wanted;
  });
  if (headers.some(function (h) { return h.dataset.tri === params.get('tri'); })) {
    sort.key = params.get('tri');
    sort.order = params.get('ordre') === 'decroissant' ? 'decroissant' : 'croissant';
  }
  if (params.get('vue') === 'tableau') view = 'tableau';
  document.getElementById('vue-' + view).checked = true;

  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  clear.addEventListener('click', clearFilters);
  emptyClear.addEventListener('click', clearFilters);
  views.addEventListener('change', function (event) { view = event.target.value; apply(); });
  headers.forEach(function (header) {
    header.querySelector('button').addEventListener('click', function () {
      var key = header.dataset.tri;
      sort.order = sort.key === key && sort.order === 'croissant' ? 'decroissant' : 'croissant';
      sort.key = key;
      apply();
    });
  });
  form.hidden = false;
  views.hidden = false;
  apply();
})();
