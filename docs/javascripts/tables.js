/* Index tables that sort and filter in the browser, with no server (works from file:// too).
   Applies to tables inside <div class="briefing-filter">. Material re-renders pages with
   instant navigation, so hook into its document$ observable when present. */
(function () {
  function cellValue(row, index) {
    var cell = row.cells[index];
    var text = cell ? cell.textContent.trim() : "";
    var number = parseFloat(text.replace(/[%,$]/g, ""));
    return isNaN(number) || !/^[\d$%.,\s-]+$/.test(text) ? text.toLowerCase() : number;
  }
  function enhance(box) {
    var table = box.querySelector("table");
    if (!table || box.dataset.enhanced) return;
    box.dataset.enhanced = "1";
    var body = table.tBodies[0];
    var input = document.createElement("input");
    input.type = "search";
    input.placeholder = "Filter this table";
    input.setAttribute("aria-label", "Filter this table");
    input.className = "briefing-filter__input";
    box.insertBefore(input, box.firstChild);
    input.addEventListener("input", function () {
      var q = input.value.toLowerCase();
      Array.prototype.forEach.call(body.rows, function (row) {
        row.hidden = q && row.textContent.toLowerCase().indexOf(q) === -1;
      });
    });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "briefing-sort";
      button.textContent = th.textContent;
      button.setAttribute("aria-label", "Sort by " + th.textContent);
      th.textContent = "";
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) {
          other.setAttribute("aria-sort", "none");
        });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index), y = cellValue(b, index);
          return (x > y ? 1 : x < y ? -1 : 0) * (ascending ? 1 : -1);
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }
  function run() {
    Array.prototype.forEach.call(document.querySelectorAll(".briefing-filter"), enhance);
  }
  if (typeof document$ !== "undefined") { document$.subscribe(run); } else { document.addEventListener("DOMContentLoaded", run); }
})();
