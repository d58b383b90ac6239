/*
 * The search page, with no server: reads the index that the generator writes at build time
 * (the table of contents named in the form's data-index, then only the parts a query needs)
 * and lists the entries that have every word of the query, best first.
 * fold() and words() must give what VietnameseText.fold and .words give in Java; a browser
 * test runs both on the same table.
 */
(function () {
  "use strict";

  var PAGE_SIZE = 20;
  var MAX_WORDS = 12;
  var TYPING_DELAY_MS = 200;
  var INDEX_FORMAT = 1; // SearchIndex.FORMAT in Java

  /** Lower case without diacritics, đ as d: "Ngân hàng BÒ" → "ngan hang bo". */
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/\p{M}+/gu, "").replace(/[đð]/g, "d");
  }

  /** The folded words of a text: "666/QĐ-TTg" → ["666", "qd", "ttg"]. */
  function words(text) {
    return fold(text).split(/[^a-z0-9]+/).filter(Boolean);
  }

  // The normaliser, for other scripts and for the test that compares it with Java's.
  window.portalSearch = { fold: fold, words: words };

  var form = document.getElementById("tim-kiem");
  if (!form) {
    return;
  }
  var input = form.elements.q;
  var status = document.getElementById("ket-qua-tim");
  var list = document.getElementById("danh-sach-ket-qua");
  var more = document.getElementById("xem-them");
  var indexUrl = form.getAttribute("data-index");
  var pageTitle = document.title;
  var files = {};
  var latest = 0;
  var shown = null;

  /** Fetches a file of the index once; the table of contents is checked for changes every visit. */
  function load(url) {
    if (!files[url]) {
      files[url] = fetch(url, { cache: url === indexUrl ? "no-cache" : "default" }).then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      });
      files[url].catch(function () {
        delete files[url];
      });
    }
    return files[url];
  }

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  /**
   * The entry lists of one query word: its own. The last word, when no entry has it, gets those
   * of the words it begins, so that results appear while it is still being typed.
   */
  function postings(contents, word, last) {
    var prefixes = Object.keys(contents.words).filter(function (prefix) {
      return word.indexOf(prefix) === 0 || (last && prefix.indexOf(word) === 0);
    });
    return Promise.all(prefixes.map(function (prefix) {
      return load(contents.words[prefix]);
    })).then(function (parts) {
      var own = parts.filter(function (part) { return has(part, word); });
      if (own.length || !last) {
        return own.map(function (part) { return part[word]; });
      }
      var begun = [];
      parts.forEach(function (part) {
        Object.keys(part).forEach(function (other) {
          if (other.indexOf(word) === 0) {
            begun.push(part[other]);
          }
        });
      });
      return begun;
    });
  }

  /**
   * Entry ids, best first: those with every word if any, else those with the most words. A
   * word's score in an entry is weighted by how rare the word is across entries.
   */
  function rank(contents, queryWords, lists) {
    var scores = new Map();
    var matched = new Map();
    lists.forEach(function (found) {
      var best = new Map();
      found.forEach(function (pairs) {
        // Pairs of (gap to the previous entry id, score): see SearchIndex.wordList in Java.
        for (var i = 0, id = 0; i < pairs.length; i += 2) {
          id += pairs[i];
          best.set(id, Math.max(best.get(id) || 0, pairs[i + 1]));
        }
      });
      var rarity = Math.log(1 + contents.entries / Math.max(1, best.size));
      best.forEach(function (score, id) {
        scores.set(id, (scores.get(id) || 0) + score * rarity);
        matched.set(id, (matched.get(id) || 0) + 1);
      });
    });
    var most = 0;
    matched.forEach(function (n) { most = Math.max(most, n); });
    var ids = Array.from(scores.keys()).filter(function (id) { return matched.get(id) === most; });
    ids.sort(function (a, b) { return scores.get(b) - scores.get(a) || a - b; });
    return { ids: ids, complete: most === queryWords.length };
  }

  function hits(contents, ids) {
    var per = contents.entriesPerPart;
    return Promise.all(ids.map(function (id) {
      return load(contents.entryParts[Math.floor(id / per)]).then(function (part) {
        return part[id % per];
      });
    }));
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function resultItem(hit) {
    var item = element("li", "card");
    var meta = element("p", "card-meta");
    meta.append(element("span", "kind", hit.kind), " ");
    if (hit.code) {
      meta.append(element("span", "doc-number", hit.code), " ");
    }
    var time = element("time", null, hit.date);
    time.dateTime = hit.iso;
    meta.append(time);
    var title = element("h2", "card-title");
    var link = element("a", null, hit.title);
    link.href = hit.url;
    title.append(link);
    item.append(meta, title, element("p", "card-summary", hit.summary));
    if (hit.place || hit.types) {
      var tags = element("p", "card-tags");
      if (hit.place) {
        var place = element("span", "tag-place");
        place.append(element("span", "visually-hidden", "Địa phương: "), hit.place);
        tags.append(place);
      }
      (hit.types || []).forEach(function (type) {
        tags.append(element("span", "tag", type));
      });
      item.append(tags);
    }
    return item;
  }

  function count(n) {
    return n.toLocaleString("vi-VN");
  }

  function say(text) {
    status.textContent = text;
  }

  /** Shows the next page of results; moves focus to the first new one when asked for more. */
  function showMore(focus) {
    var from = list.children.length;
    var ids = shown.ids.slice(from, from + PAGE_SIZE);
    var mine = latest;
    more.disabled = true;
    return hits(shown.contents, ids).then(function (found) {
      more.disabled = false;
      if (mine !== latest) {
        return;
      }
      found.forEach(function (hit) {
        list.append(resultItem(hit));
      });
      more.hidden = list.children.length >= shown.ids.length;
      if (focus && list.children[from]) {
        list.children[from].querySelector("a").focus();
      }
    });
  }

  function describe(result, query) {
    var quoted = "“" + query + "”";
    if (!result.ids.length) {
      return "Không tìm thấy kết quả nào cho " + quoted + ". Hãy thử từ khác, hoặc xem theo danh mục bên dưới.";
    }
    if (!result.complete) {
      return "Không có bài nào chứa đủ các từ của " + quoted + "; " + count(result.ids.length) + " bài dưới đây chứa một phần.";
    }
    return "Tìm thấy " + count(result.ids.length) + " kết quả cho " + quoted + ".";
  }

  function search(query) {
    var mine = ++latest;
    var queryWords = Array.from(new Set(words(query))).slice(0, MAX_WORDS);
    list.replaceChildren();
    more.hidden = true;
    shown = null;
    document.title = query.trim() ? "“" + query.trim() + "” – " + pageTitle : pageTitle;
    if (!queryWords.length) {
      say(query.trim() ? "Hãy gõ ít nhất một chữ cái hoặc chữ số." : "");
      return Promise.resolve();
    }
    list.setAttribute("aria-busy", "true");
    return load(indexUrl).then(function (contents) {
      if (contents.format !== INDEX_FORMAT) {
        throw new Error("unknown index format " + contents.format);
      }
      return Promise.all(queryWords.map(function (word, i) {
        return postings(contents, word, i === queryWords.length - 1);
      })).then(function (lists) {
        if (mine !== latest) {
          return;
        }
        var result = rank(contents, queryWords, lists);
        shown = { contents: contents, ids: result.ids };
        return showMore(false).then(function () {
          if (mine === latest) {
            say(describe(result, query.trim()));
          }
        });
      });
    }).catch(function () {
      if (mine === latest) {
        say("Không tải được chỉ mục tìm kiếm. Hãy tải lại trang, hoặc xem theo danh mục bên dưới.");
      }
    }).then(function () {
      if (mine === latest) {
        list.removeAttribute("aria-busy");
      }
    });
  }

  /** Keeps the query in the address, so that a search can be shared or reloaded. */
  function remember(query) {
    var url = new URL(window.location.href);
    if (query) {
      url.searchParams.set("q", query);
    } else {
      url.searchParams.delete("q");
    }
    window.history.replaceState(null, "", url);
  }

  var typing = 0;
  input.addEventListener("input", function () {
    window.clearTimeout(typing);
    typing = window.setTimeout(function () {
      remember(input.value);
      search(input.value);
    }, TYPING_DELAY_MS);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(typing);
    remember(input.value);
    search(input.value);
  });
  more.addEventListener("click", function () {
    showMore(true);
  });

  var initial = new URLSearchParams(window.location.search).get("q") || "";
  if (initial) {
    input.value = initial;
    search(initial);
  }
})();
