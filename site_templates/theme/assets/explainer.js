/* explainer: progressive enhancement only; every page works without this script. */
(function () {
  "use strict";
  function init() {}
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init); // Material's instant navigation
  } else {
    document.addEventListener("DOMContentLoaded", init);
  }
})();
