// Site search from the Pagefind index built after the site (scripts/index-search.sh public).
(function () {
  var state = document.getElementById('recherche-etat');
  var results = document.getElementById('recherche-resultats');
  var input = document.getElementById('recherche-input');
  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  if (!query) { state.textContent = 'Saisissez un ou plusieurs mots.'; return; }
  state.textContent = 'Recherche en cours…';
  import('/pagefind/pagefind.js').then(function (pagefind) {
    return pagefind.search(query).then(function (search) {
      return Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); }));
    });
  }).then(function (pages) {
    state.textContent = pages.length ? pages.length + ' résultat(s) pour « ' + query + ' »' : 'Aucun résultat pour « ' + query + ' ».';
    pages.forEach(function (page) {
      var item = document.createElement('li');
      // What the result is (projet, actualité, page) and its call year or date, set by the
      // templates with data-pagefind-meta.
      if (page.meta.kind) {
        var label = document.createElement('p');
        label.className = 'fr-badge fr-badge--sm fr-mb-1v';
        label.textContent = page.meta.kind + (page.meta.detail ? ' · ' + page.meta.detail : '');
        item.appendChild(label);
      }
      var link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.meta.title || page.url;
      var excerpt = document.createElement('p');
      excerpt.textContent = page.excerpt.replace(/<[^>]*>/g, '');
      item.appendChild(link);
      item.appendChild(excerpt);
      results.appendChild(item);
    });
  }).catch(function () {
    state.textContent = 'L\'index de recherche n\'est pas disponible sur cette copie du site.';
  });
})();
