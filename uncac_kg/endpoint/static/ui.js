// The query page: YASGUI with one tab per stored query, against this server's endpoint.
(function () {
  "use strict";
  var script = document.currentScript;
  var endpoint = script.getAttribute("data-endpoint");
  var canned = JSON.parse(document.getElementById("canned-queries").textContent);
  var prefixes = JSON.parse(document.getElementById("prefixes").textContent);
  var notice = document.getElementById("notice");

  // No completion that calls services on the Internet (LOV): this page works offline.
  Yasgui.Yasqe.defaults.autocompleters = ["variables", "prefixes"];

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: null,
    autoAddOnInit: false,
    copyEndpointOnNewTab: true,
    yasr: { prefixes: prefixes }
  });

  canned.forEach(function (query, index) {
    yasgui.addTab(index === 0 && !yasgui.getTab(), {
      name: query.title,
      requestConfig: { endpoint: endpoint },
      yasqe: { value: query.query }
    });
  });
  if (!yasgui.getTab()) {
    yasgui.addTab(true, { requestConfig: { endpoint: endpoint } });
  }

  // Say so when the server cut a result at its row cap, or stopped a query.
  function show(response) {
    var headers = response && response.headers;
    if (headers && typeof headers.get === "function" && headers.get("X-Result-Truncated") === "true") {
      notice.textContent = "Only the first " + headers.get("X-Result-Limit") +
        " results are shown: the server caps results at that many rows. " +
        "Add a LIMIT, or narrow the query down.";
      notice.hidden = false;
    } else {
      notice.hidden = true;
      notice.textContent = "";
    }
  }
  function watch(tab) {
    var yasqe = tab && tab.getYasqe && tab.getYasqe();
    if (yasqe && !yasqe.uncacWatched) {
      yasqe.uncacWatched = true;
      yasqe.on("queryResponse", function (instance, response) { show(response); });
    }
  }
  Object.keys(yasgui._tabs).forEach(function (id) { watch(yasgui.getTab(id)); });
  yasgui.on("tabSelect", function (instance, id) { watch(yasgui.getTab(id)); });
  yasgui.on("tabAdd", function (instance, id) { setTimeout(function () { watch(yasgui.getTab(id)); }, 0); });
  yasgui.on("query", function (instance, tab) { watch(tab); });
  window.uncacYasgui = yasgui;
})();
