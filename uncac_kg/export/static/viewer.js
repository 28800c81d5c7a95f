// The interactive network view of uncac-kg: reads the graph from the page's
// <script id="graph-data"> element and draws it with Cytoscape.js. Nodes are
// coloured by type and sized by a chosen metric; the search box finds nodes by
// label; clicking a node lists what it is linked to, with the weight of each
// link and the reports and paragraphs it comes from.
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var directed = data.directed;
  var metricNames = data.metrics;

  function byId(id) {
    return document.getElementById(id);
  }

  function text(tag, content, className) {
    var element = document.createElement(tag);
    element.textContent = content;
    if (className) {
      element.className = className;
    }
    return element;
  }

  function formatNumber(value) {
    if (value === undefined || value === null) {
      return "";
    }
    return Number.isInteger(value) ? String(value) : value.toFixed(4);
  }

  // node sizes (the chosen metric, square root scaled between 8 and 48 pixels) and edge
  // widths go into each element's data before the first drawing
  function sizes(nodes, metric) {
    var largest = 0;
    nodes.forEach(function (node) {
      largest = Math.max(largest, Number(node[metric]) || 0);
    });
    return nodes.map(function (node) {
      var value = Number(node[metric]) || 0;
      return 8 + 40 * Math.sqrt(largest > 0 ? value / largest : 0);
    });
  }

  var nodeData = data.elements.nodes.map(function (node) { return node.data; });
  sizes(nodeData, data.sizeBy).forEach(function (size, i) {
    nodeData[i].size = size;
  });
  var heaviest = 1;
  data.elements.edges.forEach(function (edge) {
    heaviest = Math.max(heaviest, Number(edge.data.weight) || 1);
  });
  data.elements.edges.forEach(function (edge) {
    edge.data.width = 0.6 + 5 * (Number(edge.data.weight) || 1) / heaviest;
  });

  var cy = cytoscape({
    container: byId("cy"),
    elements: data.elements,
    layout: data.positioned
      ? { name: "preset", fit: true, padding: 30 }
      : { name: "cose", randomize: false, animate: false },
    minZoom: 0.05,
    maxZoom: 6,
    style: [
      {
        selector: "node",
        style: {
          "background-color": "data(colour)",
          width: "data(size)",
          height: "data(size)",
          label: "data(label)",
          "font-size": 9,
          "min-zoomed-font-size": 7,
          "text-valign": "center",
          "text-halign": "right",
          "text-margin-x": 3,
          "text-outline-color": "#ffffff",
          "text-outline-width": 2,
          "border-width": 0.6,
          "border-color": "#ffffff"
        }
      },
      {
        selector: "edge",
        style: {
          width: "data(width)",
          "line-color": "#9a9a9a",
          "line-opacity": 0.45,
          "curve-style": "haystack",
          "target-arrow-shape": "none"
        }
      },
      { selector: ".faded", style: { opacity: 0.12 } },
      { selector: "node.match", style: { "border-color": "#d62728", "border-width": 3 } },
      { selector: "node:selected", style: { "border-color": "#111111", "border-width": 3 } },
      { selector: "edge.near", style: { "line-color": "#444444", "line-opacity": 0.9 } }
    ]
  });

  function sizeBy(metric) {
    var nodes = cy.nodes().toArray();
    var found = sizes(nodes.map(function (node) { return node.data(); }), metric);
    cy.batch(function () {
      nodes.forEach(function (node, i) {
        node.data("size", found[i]);
      });
    });
  }

  function linkList(title, edges, otherEnd) {
    var section = document.createElement("section");
    section.appendChild(text("h3", title + " (" + edges.length + ")"));
    var list = document.createElement("ol");
    edges
      .sort(function (a, b) {
        return (b.data("weight") || 0) - (a.data("weight") || 0);
      })
      .forEach(function (edge) {
        var other = otherEnd(edge);
        var item = document.createElement("li");
        var link = text("a", other.data("label"));
        link.href = "#";
        link.addEventListener("click", function (event) {
          event.preventDefault();
          show(other);
        });
        item.appendChild(link);
        item.appendChild(text("span", " ×" + (edge.data("weight") || 1), "weight"));
        if (edge.data("where")) {
          item.appendChild(text("div", edge.data("where"), "where"));
        }
        list.appendChild(item);
      });
    section.appendChild(list);
    return section;
  }

  function show(node) {
    cy.elements().unselect();
    node.select();
    cy.edges().removeClass("near");
    node.connectedEdges().addClass("near");
    cy.animate({ center: { eles: node }, duration: 200 });
    var panel = byId("details");
    panel.replaceChildren();
    panel.appendChild(text("h2", node.data("label")));
    panel.appendChild(text("p", node.data("type"), "type"));
    var iri = text("a", node.data("iri"), "iri");
    iri.href = node.data("iri");
    panel.appendChild(iri);
    var table = document.createElement("table");
    metricNames.forEach(function (metric) {
      var row = document.createElement("tr");
      row.appendChild(text("th", metric.replace("_", " ")));
      row.appendChild(text("td", formatNumber(node.data(metric))));
      table.appendChild(row);
    });
    panel.appendChild(table);
    if (directed) {
      var out = node.outgoers("edge").toArray();
      var into = node.incomers("edge").toArray();
      if (out.length) {
        panel.appendChild(linkList(data.outgoing, out, function (e) { return e.target(); }));
      }
      if (into.length) {
        panel.appendChild(linkList(data.incoming, into, function (e) { return e.source(); }));
      }
    } else {
      panel.appendChild(
        linkList("Linked to", node.connectedEdges().toArray(), function (e) {
          return e.source().same(node) ? e.target() : e.source();
        })
      );
    }
  }

  function search(words) {
    var wanted = words.trim().toLowerCase();
    cy.elements().removeClass("faded match");
    if (!wanted) {
      byId("matches").textContent = "";
      return cy.collection();
    }
    var found = cy.nodes().filter(function (node) {
      return String(node.data("label")).toLowerCase().indexOf(wanted) !== -1;
    });
    cy.elements().not(found).not(found.connectedEdges()).addClass("faded");
    found.addClass("match");
    byId("matches").textContent = found.length + " match" + (found.length === 1 ? "" : "es");
    return found;
  }

  var select = byId("size-by");
  metricNames.forEach(function (metric) {
    if (metric === "community") {
      return;
    }
    var option = text("option", metric.replace("_", " "));
    option.value = metric;
    option.selected = metric === data.sizeBy;
    select.appendChild(option);
  });
  select.addEventListener("change", function () {
    sizeBy(select.value);
  });

  var legend = byId("legend");
  Object.keys(data.types).forEach(function (type) {
    var item = document.createElement("li");
    var dot = text("span", "", "dot");
    dot.style.background = data.types[type].colour;
    item.appendChild(dot);
    item.appendChild(text("span", type + " (" + data.types[type].count + ")"));
    legend.appendChild(item);
  });

  var box = byId("search");
  box.addEventListener("input", function () {
    search(box.value);
  });
  box.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var found = search(box.value);
      if (found.length) {
        show(found[0]);
      }
    }
  });

  cy.on("tap", "node", function (event) {
    show(event.target);
  });
  cy.on("tap", function (event) {
    if (event.target === cy) {
      cy.elements().unselect();
      cy.edges().removeClass("near");
      byId("details").replaceChildren(text("p", "Click a node to see its links.", "hint"));
    }
  });

  window.uncacViewer = { cy: cy, show: show, search: search };
  cy.ready(function () {
    document.body.dataset.ready = "true";
  });
})();
