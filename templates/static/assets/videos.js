// A platform's video player is put in the page only when the reader asks for it (« Charger la
// vidéo »): before that, the page holds no address of the platform that the browser would fetch,
// so the platform learns nothing of the visit. Without scripts, the link under the video leads
// to it on the platform.
document.querySelectorAll(".ftap-video__frame").forEach(function (frame) {
  var button = frame.querySelector(".ftap-video__load");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    var address = frame.getAttribute("data-player");
    var player = document.createElement("iframe");
    player.src = address + (address.indexOf("?") < 0 ? "?" : "&") + "autoplay=1";
    player.title = "Vidéo : " + frame.getAttribute("data-title");
    player.allow = "autoplay; fullscreen; picture-in-picture; encrypted-media";
    player.allowFullscreen = true;
    player.referrerPolicy = "strict-origin-when-cross-origin";
    player.className = "ftap-video__player";
    frame.replaceChildren(player);
    player.focus();
  });
});
