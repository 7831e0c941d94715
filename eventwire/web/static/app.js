// eventwire pages: show a record when its highlighted span is hovered or clicked, and link
// map points to their events. No dependencies; every value goes in with textContent.
(function () {
  "use strict";
  var dataNode = document.getElementById("records-data");
  var records = dataNode ? JSON.parse(dataNode.textContent) : {};
  var detail = document.getElementById("detail");

  function actorText(a) {
    if (!a) return "";
    var name = a.canonical || a.name || "?";
    return a.country ? name + " (" + a.country + ")" : name;
  }
  function rows(r) {
    if (r.kind === "statement") {
      return [["speaker", actorText(r.speaker)], ["reported by", (r.reported_by || []).join(", ")],
        ["channel", r.channel], ["direct", r.direct ? "quoted" : "reported speech"],
        ["date", r.date], ["text", r.text]];
    }
    var loc = r.location ? (r.location.canonical || r.location.name) : "";
    var qty = (r.quantities || []).map(function (q) { return q.value + " " + q.unit; }).join(", ");
    return [["type", r.type + (r.mode ? " / " + r.mode : "")], ["actors", (r.actors || []).map(actorText).join(", ")],
      ["recipients", (r.recipients || []).map(actorText).join(", ")], ["date", r.date], ["modality", r.modality],
      ["location", loc], ["quantities", qty], ["claimed by", actorText(r.claimed_by)],
      ["statement", r.statement], ["evidence", r.evidence && r.evidence.text]];
  }
  function show(ids) {
    if (!detail) return;
    detail.textContent = "";
    ids.forEach(function (id) {
      var r = records[id];
      if (!r) return;
      var box = document.createElement("div");
      box.className = "record-detail";
      box.setAttribute("data-record", id);
      var head = document.createElement("div");
      head.className = "kind";
      head.textContent = r.kind + " " + id;
      box.appendChild(head);
      var dl = document.createElement("dl");
      rows(r).forEach(function (pair) {
        if (pair[1] === null || pair[1] === undefined || pair[1] === "") return;
        var dt = document.createElement("dt"); dt.textContent = pair[0];
        var dd = document.createElement("dd"); dd.textContent = String(pair[1]);
        dl.appendChild(dt); dl.appendChild(dd);
      });
      box.appendChild(dl);
      detail.appendChild(box);
    });
  }
  function select(ids, scroll) {
    document.querySelectorAll("mark.hl.active, .records li.active").forEach(function (n) { n.classList.remove("active"); });
    document.querySelectorAll("mark.hl").forEach(function (m) {
      var own = (m.getAttribute("data-ids") || "").split(" ");
      if (ids.some(function (id) { return own.indexOf(id) >= 0; })) m.classList.add("active");
    });
    document.querySelectorAll(".records li[data-id]").forEach(function (li) {
      if (ids.indexOf(li.getAttribute("data-id")) >= 0) li.classList.add("active");
    });
    show(ids);
    if (scroll) {
      var first = document.querySelector("mark.hl.active");
      if (first) first.scrollIntoView({ block: "center" });
    }
  }
  var pinned = false;
  document.querySelectorAll("mark.hl").forEach(function (m) {
    var ids = (m.getAttribute("data-ids") || "").split(" ").filter(Boolean);
    m.addEventListener("mouseenter", function () { if (!pinned) select(ids, false); });
    m.addEventListener("click", function () { pinned = true; select(ids, false); });
    m.addEventListener("keydown", function (e) { if (e.key === "Enter") { pinned = true; select(ids, false); } });
  });
  document.querySelectorAll(".records li[data-id]").forEach(function (li) {
    li.addEventListener("click", function () { pinned = true; select([li.getAttribute("data-id")], true); });
  });
  if (location.hash.length > 1 && dataNode) {
    var id = decodeURIComponent(location.hash.slice(1));
    if (records[id]) { pinned = true; select([id], true); }
  }
  document.querySelectorAll(".map .point").forEach(function (p) {
    p.addEventListener("click", function () {
      document.querySelectorAll(".map .point.active, .place-events.active").forEach(function (n) { n.classList.remove("active"); });
      p.classList.add("active");
      var box = document.getElementById("place-" + p.getAttribute("data-place"));
      if (box) { box.classList.add("active"); box.scrollIntoView({ block: "nearest" }); }
    });
  });
})();
