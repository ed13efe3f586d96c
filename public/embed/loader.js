/* 平湖万州 embed loader: sizes every iframe of ours on the page to its content's height.
   Accepts a message only from our origin, only from one of our iframes (matched by event.source),
   only with a finite height in bounds. Without this script an embed keeps its default height. */
(function () {
  var script = document.currentScript;
  var origin = new URL(script ? script.src : location.href).origin;
  if (window.__pinghuEmbedLoader) return;
  window.__pinghuEmbedLoader = true;
  var MIN = 80, MAX = 20000;
  function frames() {
    /* the Chinese embeds and the English ones (/en/embed/) */
    return document.querySelectorAll('iframe[src^="' + origin + '/embed/"], iframe[src^="' + origin + '/en/embed/"]');
  }
  addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== "pinghu-wanzhou:embed-size") return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height < MIN || height > MAX) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === event.source) {
        /* !important beats a host's iframe { height: 100% } */
        list[i].style.setProperty("height", Math.ceil(height) + "px", "important");
        list[i].setAttribute("scrolling", "no");
        return;
      }
    }
  });
})();
