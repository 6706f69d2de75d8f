/* decl HTML reports: finding navigation. Written into the report itself, run by the browser only:
   without it the page keeps its index and its previous/next links, and shows every row.
   No markup characters in this file (the report is also well-formed XML), hence no arrow
   functions, no comparison but equality, and nested ifs for and. */
(function () {
  'use strict';
  var form = document.getElementById('filter');
  var keys = document.getElementById('keys');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('#filter input[data-key]'));
  var findings = Array.prototype.slice.call(document.querySelectorAll('.finding[id]'));
  var current = -1;
  if (form) {
    form.hidden = false;
    form.addEventListener('change', apply);
  }
  if (keys) {
    keys.hidden = false;
  }

  /* Shows the elements one of whose categories is ticked, hides the others. */
  function apply() {
    var on = {};
    boxes.forEach(function (box) {
      on[box.value] = box.checked;
    });
    if (!form) {
      return;
    }
    document.querySelectorAll('[data-cats]').forEach(function (el) {
      el.hidden = !el.getAttribute('data-cats').split(' ').some(function (cat) {
        return on[cat] === true;
      });
    });
  }

  /* Makes the finding at i the current one: marked, so that it stays visible when the page is not
     focused (the focus ring alone is not drawn then), and focused, for screen readers. */
  function select(i) {
    if (current !== -1) {
      findings[current].classList.remove('current');
    }
    current = i;
    findings[i].classList.add('current');
    findings[i].focus({ preventScroll: true });
  }

  function go(i) {
    var el = findings[i];
    select(i);
    el.scrollIntoView({ block: 'center' });
    try {
      history.replaceState(null, '', '#' + el.id);
    } catch (e) {
      /* a page opened from a file may not rewrite its address: the focus is what matters */
    }
  }

  /* The next (step 1) or previous (step -1) finding that is not filtered out, from the current one. */
  function move(step) {
    var i = current;
    if (i === -1) {
      i = step === 1 ? -1 : findings.length;
    }
    for (;;) {
      i += step;
      if (i === -1 || i === findings.length) {
        return;
      }
      if (!findings[i].closest('[hidden]')) {
        go(i);
        return;
      }
    }
  }

  function follow() {
    var i = findings.indexOf(document.getElementById(decodeURIComponent(location.hash.slice(1))));
    if (i !== -1) {
      select(i);
    }
  }

  window.addEventListener('hashchange', follow);
  document.addEventListener('focusin', function (e) {
    var i = findings.indexOf(e.target.closest('.finding'));
    if (i !== -1) {
      if (i !== current) {
        select(i);
      }
    }
  });
  document.addEventListener('click', function (e) {
    var link = e.target.closest('a[data-step]');
    if (!link) {
      return;
    }
    e.preventDefault();
    var from = findings.indexOf(link.closest('.finding'));
    if (from !== -1) {
      select(from);
    }
    move(Number(link.getAttribute('data-step')));
  });
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) {
      return;
    }
    var key = e.key;
    if (key === 'j' || key === 'n') {
      move(1);
    } else if (key === 'k' || key === 'p') {
      move(-1);
    } else if (key === '0') {
      boxes.forEach(function (box) {
        box.checked = true;
      });
      apply();
    } else {
      var box = boxes.filter(function (b) {
        return b.getAttribute('data-key') === key;
      })[0];
      if (!box) {
        return;
      }
      box.checked = !box.checked;
      apply();
    }
    e.preventDefault();
  });
  apply();
  follow();
})();
