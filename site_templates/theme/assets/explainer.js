/* explainer: context cards on touch, Escape to close, cards kept inside the screen.
   Hover and keyboard focus already work without this script (CSS), so it only adds:
   - a first tap on a mention opens its card (a second tap follows the link);
   - Escape closes an open card; a tap elsewhere closes it too;
   - a card that would run off the screen is moved back in.
   Listeners are delegated from the document, so Material's instant navigation,
   which swaps page content, needs no re-initialisation. */
(function () {
  "use strict";
  var TRIGGER = "a.xp-mention, .xp-note > a";

  /* The theme's search dialog has no accessible name (axe: aria-dialog-name); name it here rather than
     replace the theme's search partial, so that the override survives theme upgrades and Zensical. */
  function nameSearch() {
    var search = document.querySelector(".md-search[role=dialog]");
    if (search && !search.hasAttribute("aria-label") && !search.hasAttribute("aria-labelledby")) {
      var input = search.querySelector("input[placeholder]");
      search.setAttribute("aria-label", input ? input.getAttribute("placeholder") : "Search");
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", nameSearch);
  else nameSearch();
  var lastPointer = "mouse";

  function popOf(trigger) {
    var next = trigger && trigger.nextElementSibling;
    return next && next.classList.contains("xp-pop") ? next : null;
  }

  function place(trigger) {
    var pop = popOf(trigger);
    if (!pop) return;
    pop.style.marginLeft = "";
    var rect = pop.getBoundingClientRect();
    if (!rect.width) return;
    var width = document.documentElement.clientWidth;
    var shift = 0;
    if (rect.right > width - 8) shift = width - 8 - rect.right;
    if (rect.left + shift < 8) shift = 8 - rect.left;
    if (shift) pop.style.marginLeft = shift + "px";
  }

  function closeAll(except) {
    document.querySelectorAll(".xp-open").forEach(function (el) {
      if (el !== except) {
        el.classList.remove("xp-open");
        el.setAttribute("aria-expanded", "false");
      }
    });
  }

  function trigger(target) {
    return target && target.closest ? target.closest(TRIGGER) : null;
  }

  document.addEventListener("pointerdown", function (event) {
    lastPointer = event.pointerType || "mouse";
    if (!trigger(event.target) && !(event.target.closest && event.target.closest(".xp-pop"))) closeAll(null);
  }, true);

  document.addEventListener("click", function (event) {
    var a = trigger(event.target);
    if (!a || !popOf(a) || (lastPointer !== "touch" && lastPointer !== "pen")) return;
    if (!a.classList.contains("xp-open")) {
      event.preventDefault(); // first tap: show the card; the card's own link, or a second tap, navigates
      closeAll(a);
      a.classList.remove("xp-dismissed");
      a.classList.add("xp-open");
      a.setAttribute("aria-expanded", "true");
      place(a);
    }
  });

  function activated(event) {
    var a = trigger(event.target);
    if (!a) return;
    a.classList.remove("xp-dismissed");
    window.requestAnimationFrame(function () { place(a); });
  }
  document.addEventListener("mouseover", activated);
  document.addEventListener("focusin", activated);
  document.addEventListener("mouseout", function (event) {
    var a = trigger(event.target);
    if (a && !a.contains(event.relatedTarget)) a.classList.remove("xp-dismissed");
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") return;
    var open = document.querySelectorAll(".xp-open, " + TRIGGER.split(", ").map(function (s) {
      return s + ":hover, " + s + ":focus";
    }).join(", "));
    open.forEach(function (a) { a.classList.add("xp-dismissed"); });
    closeAll(null);
  });
})();
