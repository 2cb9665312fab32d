// Site search from the Pagefind index built after the site (scripts/index-search.sh public).
// Every result is counted; they are shown 20 at a time, each with what it is (projet, actualité,
// page) and its call year or date, its title, and an excerpt cut at words around the first place
// the searched words stand, those words marked. The index reads French elisions set apart from
// their word (« l’ intérieur »): they are put back together here.
(function (script) {
  // The site's root, from this script's own address (/assets/recherche.js, or under the site's
  // path when it is published under one, /ftap/assets/recherche.js): the index is beside it.
  var root = new URL('../', script ? script.src : window.location.href);
  var state = document.getElementById('recherche-etat');
  var results = document.getElementById('recherche-resultats');
  var input = document.getElementById('recherche-input');
  var query = new URLSearchParams(window.location.search).get('q') || '';
  var pageSize = 20;
  input.value = query;
  if (!query.trim()) { state.textContent = 'Saisissez un ou plusieurs mots.'; return; }
  state.textContent = 'Recherche en cours…';

  var elision = /(^|[^\p{L}’'])((?:[LlDdJjMmNnSsTtCc]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu)[’']) (?=\p{L})/gu;
  function joined(text) { return (text || '').replace(elision, '$1$2'); }

  // One character for one: lower case, without accents, so indices stay those of the text.
  function folded(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var f = text[i].normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      out += f.length ? f[0] : text[i];
    }
    return out;
  }

  // The searched words as the text is compared: folded, without an elision, a final s or x
  // dropped (« millions » marks « million » too, as the index finds both).
  var terms = folded(query).split(/[\s’']+/).map(function (t) {
    t = t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    return t.length > 3 ? t.replace(/[sx]$/, '') : t;
  }).filter(function (t) { return t.length > 1; });

  function isLetter(c) { return /[\p{L}\p{N}]/u.test(c); }

  // Where each searched word starts a word of the text: [start, end of that word].
  function matches(text) {
    var lower = folded(text), found = [];
    terms.forEach(function (term) {
      var at = lower.indexOf(term);
      while (at !== -1) {
        if (at === 0 || !isLetter(text[at - 1])) {
          var end = at + term.length;
          while (end < text.length && isLetter(text[end])) end++;
          found.push([at, end]);
        }
        at = lower.indexOf(term, at + 1);
      }
    });
    return found.sort(function (a, b) { return a[0] - b[0]; });
  }

  // About 30 words from a few words before the first match, cut at words, the matches marked.
  function excerpt(content) {
    var text = joined(content).replace(/\s+/g, ' ').trim();
    var marks = matches(text);
    var start = 0;
    if (marks.length) {
      start = marks[0][0];
      for (var words = 0; start > 0 && words < 8; start--) {
        if (text[start - 1] === ' ' && ++words === 8) break;
      }
    }
    while (start < (marks.length ? marks[0][0] : 0) && /[\s:;,.!?»)\]–-]/.test(text[start])) start++;
    var end = start, count = 0;
    while (end < text.length && count < 30) { if (text[end] === ' ') count++; end++; }
    if (end < text.length) end = text.lastIndexOf(' ', end - 1) > start ? text.lastIndexOf(' ', end - 1) : end;
    var p = document.createElement('p');
    p.className = 'fr-text--sm';
    var at = start;
    if (start > 0) p.appendChild(document.createTextNode('… '));
    marks.forEach(function (m) {
      if (m[0] < at || m[1] > end) return;
      p.appendChild(document.createTextNode(text.slice(at, m[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(m[0], m[1]);
      p.appendChild(mark);
      at = m[1];
    });
    p.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? ' …' : '')));
    return p;
  }

  function item(page) {
    var li = document.createElement('li');
    // What the result is (projet, actualité, page) and its call year or date, set by the
    // templates with data-pagefind-meta.
    if (page.meta.kind) {
      var label = document.createElement('p');
      label.className = 'fr-badge fr-badge--sm fr-mb-1v';
      label.textContent = page.meta.kind + (page.meta.detail ? ' · ' + joined(page.meta.detail) : '');
      li.appendChild(label);
    }
    var link = document.createElement('a');
    link.href = page.url;
    link.textContent = joined(page.meta.title) || page.url;
    li.appendChild(link);
    li.appendChild(excerpt(page.content));
    return li;
  }

  import(new URL('pagefind/pagefind.js', root).href).then(function (pagefind) {
    // The results' addresses under the site's path, as its pages'.
    return pagefind.options({ baseUrl: root.pathname }).then(function () { return pagefind.search(query); });
  }).then(function (search) {
    var all = search.results, shown = 0;
    var more = document.createElement('button');
    more.type = 'button';
    more.className = 'fr-btn fr-btn--secondary fr-mt-2w';
    function showMore(focus) {
      var next = all.slice(shown, shown + pageSize);
      return Promise.all(next.map(function (r) { return r.data(); })).then(function (pages) {
        var first = null;
        pages.forEach(function (page) {
          var li = item(page);
          results.appendChild(li);
          first = first || li.querySelector('a');
        });
        shown += pages.length;
        var left = all.length - shown;
        if (left > 0) {
          more.textContent = 'Afficher ' + Math.min(pageSize, left) + ' résultat' + (Math.min(pageSize, left) > 1 ? 's' : '') + ' de plus (' + left + ' restant' + (left > 1 ? 's' : '') + ')';
          if (!more.parentNode) results.parentNode.insertBefore(more, results.nextSibling);
        } else if (more.parentNode) {
          more.parentNode.removeChild(more);
        }
        if (focus && first) first.focus();
      });
    }
    more.addEventListener('click', function () { showMore(true); });
    var n = all.length;
    state.textContent = n ? n + ' résultat' + (n > 1 ? 's' : '') + ' pour « ' + query + ' »' : 'Aucun résultat pour « ' + query + ' ».';
    return showMore(false);
  }).catch(function () {
    state.textContent = 'L’index de recherche n’est pas disponible sur cette copie du site.';
  });
})(document.currentScript);
