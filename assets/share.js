/* Share box, progressive enhancement: the page works without this file. Where the browser can,
   it shows the phone's share sheet (Zalo, Messenger…) and a button that copies the link. */
(function () {
  "use strict";
  var boxes = document.querySelectorAll("[data-share-url]");
  Array.prototype.forEach.call(boxes, function (box) {
    var url = box.getAttribute("data-share-url");
    var title = box.getAttribute("data-share-title") || document.title;
    var status = box.querySelector(".share-status");
    var say = function (text) {
      if (status) {
        status.textContent = text;
      }
    };

    var native = box.querySelector("[data-share-native]");
    if (native && typeof navigator.share === "function") {
      native.hidden = false;
      native.querySelector("button").addEventListener("click", function () {
        navigator.share({ title: title, url: url })["catch"](function () { /* closed by the reader */ });
      });
    }

    var copy = box.querySelector("[data-share-copy]");
    if (copy && navigator.clipboard && window.isSecureContext) {
      copy.hidden = false;
      copy.querySelector("button").addEventListener("click", function () {
        navigator.clipboard.writeText(url).then(function () {
          say("Đã sao chép liên kết.");
        }, function () {
          say("Chưa sao chép được; hãy chọn địa chỉ trang bên dưới rồi sao chép.");
        });
      });
    }
  });

  /* Embed section: buttons that copy the code of a text box (the box stays selectable by hand). */
  if (navigator.clipboard && window.isSecureContext) {
    Array.prototype.forEach.call(document.querySelectorAll("[data-copy-from]"), function (button) {
      var source = document.getElementById(button.getAttribute("data-copy-from"));
      var section = button.closest("[data-copy-status]");
      var status = section && section.querySelector(".share-status");
      var say = function (text) {
        if (status) {
          status.textContent = text;
        }
      };
      button.parentNode.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(source.value).then(function () {
          say("Đã sao chép. Dán vào chỗ soạn HTML của trang bạn.");
        }, function () {
          say("Chưa sao chép được; hãy chọn cả ô mã rồi sao chép.");
        });
      });
    });
  }
})();

/* Print button: shown only where this script runs; without it the browser's own print works the same. */
(function () {
  "use strict";
  if (typeof window.print !== "function") {
    return;
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (holder) {
    holder.hidden = false;
    holder.querySelector("button").addEventListener("click", function () {
      window.print();
    });
  });
})();
