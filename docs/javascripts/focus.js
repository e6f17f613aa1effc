// Keyboard focus only where a reader can see it: on screens where the navigation is a drawer,
// its links take no tab stop while the drawer is closed (Material slides it off-screen but
// leaves it focusable). The drawer is Material's checkbox #__drawer.
(function () {
  var wide = window.matchMedia("(min-width: 76.25em)");
  function update() {
    var drawer = document.getElementById("__drawer");
    var nav = document.querySelector(".md-sidebar--primary");
    if (nav) nav.inert = !wide.matches && !(drawer && drawer.checked);
  }
  document.addEventListener("change", update);
  wide.addEventListener("change", update);
  if (typeof document$ !== "undefined") document$.subscribe(update); else update();
})();
