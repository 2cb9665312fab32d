// « Copier l'adresse » on the subscription page: the buttons are hidden until this script runs
// (without it, the address stays selectable text), and each says what it copied.
(function () {
  var announce = document.getElementById('copie-annonce');
  if (!navigator.clipboard || !announce) return;
  document.querySelectorAll('button[data-copier]').forEach(function (button) {
    var target = document.getElementById(button.getAttribute('data-copier'));
    if (!target) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(target.textContent.trim()).then(function () {
        announce.textContent = 'Adresse copiée : ' + target.textContent.trim();
      }, function () {
        announce.textContent = 'La copie a échoué : sélectionnez l\u2019adresse et copiez-la.';
      });
    });
  });
})();
