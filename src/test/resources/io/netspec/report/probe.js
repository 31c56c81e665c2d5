// Added to a copy of a report page by FailureReportInBrowserTest: records in the DOM what a reader
// sees once Chromium has laid the page out, so the test reads the rendered DOM, not the HTML source.
// One line per thing seen, its kind first: charts, width, card, figure, download, text.
window.addEventListener('load', function () {
  function visible(el) {
    if (!el) return false;
    var r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    for (var e = el; e; e = e.parentElement) {
      var s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden') return false;
      if (e.tagName === 'DETAILS' && !e.open && e !== el) return false;
    }
    return (el.innerText || el.alt || '').trim().length > 0 || el.tagName === 'IMG';
  }
  function drawn(img) {
    return img.complete && img.naturalWidth > 0 && visible(img);
  }
  function oneLine(text) {
    return (text || '').replace(/[\t\n\r]+/g, ' ').trim();
  }
  var out = [];
  var all = document.querySelectorAll('figure.chart img');
  var charts = Array.prototype.filter.call(all, drawn).length;
  out.push('charts drawn ' + charts + ' of ' + all.length);
  // How wide the laid-out page is beside the window: wide text must scroll in its own box, not the page.
  out.push(['width', document.documentElement.scrollWidth, document.documentElement.clientWidth].join('\t'));
  document.querySelectorAll('section.failure').forEach(function (card) {
    var step = card.querySelector('.failing-step code');
    var message = card.querySelector('pre.message');
    var pictures = Array.prototype.filter.call(card.querySelectorAll('.measured img'), drawn).length;
    var texts = Array.prototype.filter.call(card.querySelectorAll('.measured .attachment.text pre'), visible).length;
    out.push(['card', card.querySelector('h3').innerText.trim(), visible(step) ? step.innerText.trim() : '',
      visible(message) ? message.innerText.trim().split('\n')[0] : '', pictures, texts].join('\t'));
  });
  if (document.querySelectorAll('section.failure').length === 0) {
    // A scenario page: each picture, download and text attachment as the reader sees it.
    all.forEach(function (img) {
      var r = img.getBoundingClientRect();
      out.push(['figure', oneLine(img.alt), drawn(img) ? 'drawn' : 'not drawn',
        Math.round(r.width) + 'x' + Math.round(r.height)].join('\t'));
    });
    document.querySelectorAll('.attachment.download a').forEach(function (a) {
      out.push(['download', oneLine(a.innerText), visible(a) ? 'shown' : 'hidden', a.href,
        a.getAttribute('download') || ''].join('\t'));
    });
    document.querySelectorAll('.attachment.text').forEach(function (t) {
      var h = t.querySelector('h5');
      var pre = t.querySelector('pre');
      out.push(['text', h ? oneLine(h.innerText) : '', visible(pre) ? 'shown' : 'hidden',
        oneLine(pre ? pre.innerText : '').substring(0, 20000)].join('\t'));
    });
  }
  var probe = document.createElement('pre');
  probe.id = 'probe';
  probe.textContent = out.join('\n');
  document.body.appendChild(probe);
});
