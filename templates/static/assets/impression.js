// When the reader prints: each link of the content to another site gets the number of its
// address (the same number for the same address, printed after the link by ftap.css), the
// numbered addresses are written before the print note, and the note gets the day's date.
addEventListener("beforeprint", function () {
  // A printed page shows every transcript.
  document.querySelectorAll("details.ftap-transcription").forEach(function (transcript) { transcript.open = true; });
  var note = document.querySelector(".ftap-print-note"), date = document.getElementById("date-impression");
  var now = new Date(), day = now.getDate();
  if (date) date.textContent = ", imprimée le " + (day === 1 ? "1er" : day) + "\u00a0" + now.toLocaleDateString("fr-FR", {month: "long"}) + " " + now.getFullYear();
  if (!note || document.querySelector(".ftap-print-refs")) return;
  var numbers = new Map();
  document.querySelectorAll('main a[href^="http://"], main a[href^="https://"]').forEach(function (link) {
    var address = link.getAttribute("href");
    if (!numbers.has(address)) numbers.set(address, numbers.size + 1);
    link.setAttribute("data-ref", numbers.get(address));
  });
  if (!numbers.size) return;
  var box = document.createElement("div"), title = document.createElement("p"), list = document.createElement("ol");
  box.className = "ftap-print-refs";
  title.textContent = "Adresses des liens de cette page :";
  numbers.forEach(function (number, address) {
    var item = document.createElement("li");
    item.textContent = address;
    list.appendChild(item);
  });
  box.appendChild(title);
  box.appendChild(list);
  note.parentNode.insertBefore(box, note);
});
