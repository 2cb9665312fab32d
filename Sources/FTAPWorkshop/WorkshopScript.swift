/// The atelier's one script, served at `/atelier.js`: as a field of a form changes, the whole
/// content is checked with the form's values (`POST /verifier/…`, nothing written) and each
/// diagnostic is shown beside its field and in the summary, as the server shows them on load.
/// Without it, the form works the same and the checks run when the file is saved. On the list,
/// choosing a state applies the filter (without the script, with the search button).
package enum WorkshopScript {
    package static let source = """
    (function () {
      'use strict';
      // The list's state filter applies as soon as a state is chosen.
      var state = document.getElementById('etat');
      if (state && state.form) { state.addEventListener('change', function () { state.form.submit(); }); }
      var form = document.querySelector('form[data-verifier]');
      if (!form) { return; }
      var summary = document.getElementById('resume-erreurs');
      var timer = null, sequence = 0;
      function schedule() { clearTimeout(timer); timer = setTimeout(check, 400); }
      form.addEventListener('input', schedule);
      // An amount is read back as the site will write it, « 12 500 000 € », as it is typed.
      form.addEventListener('input', function (event) {
        var input = event.target;
        if (!input.hasAttribute || !input.hasAttribute('data-montant')) { return; }
        var reading = document.getElementById(input.id + '-lu');
        var digits = input.value.replace(/[\\s\\u00a0\\u202f_€]/g, '');
        if (!reading) { return; }
        reading.textContent = /^[0-9]{1,15}$/.test(digits)
          ? 'Lu : ' + String(Number(digits)).replace(/\\B(?=([0-9]{3})+$)/g, '\\u202f') + '\\u00a0€'
          : (digits === '' ? '' : 'Lu : pas un montant en euros entiers');
      });
      form.addEventListener('change', schedule);
      function check() {
        var mine = ++sequence;
        // Files chosen are sent when the form is saved, never to be checked.
        var data = new URLSearchParams();
        new FormData(form).forEach(function (value, name) { if (typeof value === 'string') { data.append(name, value); } });
        fetch(form.getAttribute('data-verifier'), { method: 'POST', body: data })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (result) { if (result && mine === sequence) { show(result); } })
          .catch(function () {});
      }
      function idOf(name) { return 'champ-' + name.replace(/[._]/g, '-'); }
      function clear() {
        form.querySelectorAll('.fr-error-text').forEach(function (text) { text.remove(); });
        form.querySelectorAll('.fr-input-group--error').forEach(function (group) { group.classList.remove('fr-input-group--error'); });
        form.querySelectorAll('.fr-fieldset--error').forEach(function (set) { set.classList.remove('fr-fieldset--error'); });
        form.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
      }
      function sentence(text) {
        var p = document.createElement('p');
        p.textContent = text;
        return p;
      }
      function show(result) {
        clear();
        // The text as the site shows it: HTML from the atelier's own Markdown renderer, whose
        // safe mode drops raw HTML and unsafe links.
        var preview = document.getElementById('apercu-texte');
        if (preview && typeof result.apercu === 'string') { preview.innerHTML = result.apercu; }
        var items = [];
        Object.keys(result.champs).forEach(function (name) {
          var id = idOf(name), element = document.getElementById(id);
          var messages = result.champs[name];
          messages.forEach(function (message) { items.push({ id: id, text: message }); });
          if (!element) { return; }
          var holder = element.tagName === 'FIELDSET' ? element : element.closest('.fr-input-group, .fr-fieldset__element');
          var error = document.createElement('p');
          error.className = 'fr-error-text';
          error.id = id + '-erreur';
          error.textContent = messages.join(' ');
          if (element.tagName === 'FIELDSET') {
            element.classList.add('fr-fieldset--error');
            element.appendChild(error);
          } else if (holder) {
            holder.classList.add('fr-input-group--error');
            holder.appendChild(error);
            element.setAttribute('aria-invalid', 'true');
          }
        });
        result.autres.forEach(function (message) { items.push({ id: null, text: message }); });
        summary.textContent = '';
        if (items.length === 0) { return; }
        var box = document.createElement('div');
        box.className = 'fr-alert fr-alert--error fr-mb-4w';
        var title = document.createElement('h2');
        title.className = 'fr-alert__title';
        title.textContent = items.length === 1 ? '1 problème à corriger' : items.length + ' problèmes à corriger';
        box.appendChild(title);
        box.appendChild(sentence('Vous pouvez enregistrer ce brouillon ; le site ne sera pas publié tant que ces problèmes restent.'));
        var list = document.createElement('ul');
        items.forEach(function (item) {
          var li = document.createElement('li');
          if (item.id) {
            var link = document.createElement('a');
            link.href = '#' + item.id;
            link.textContent = item.text;
            li.appendChild(link);
          } else {
            li.textContent = item.text;
          }
          list.appendChild(li);
        });
        box.appendChild(list);
        summary.appendChild(box);
      }
    })();
    """
}
