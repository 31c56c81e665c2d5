// Added to a copy of a report page by FailureReportInBrowserTest: records in the DOM what a reader
// sees once Chromium has laid the page out, so the test reads the rendered DOM, not the HTML source.
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
  var out = [];
  document.querySelectorAll('section.failure').forEach(function (card) {
    var step = card.querySelector('.failing-step code');
    var message = card.querySelector('pre.message');
    var pictures = Array.prototype.filter.call(card.querySelectorAll('.measured img'), drawn).length;
    var texts = Array.prototype.filter.call(card.querySelectorAll('.measured .attachment.text pre'), visible).length;
    out.push([card.querySelector('h3').innerText.trim(), visible(step) ? step.innerText.trim() : '',
      visible(message) ? message.innerText.trim().split('\n')[0] : '', pictures, texts].join('\t'));
  });
  var charts = Array.prototype.filter.call(document.querySelectorAll('figure.chart img'), drawn).length;
  var all = document.querySelectorAll('figure.chart img').length;
  var probe = document.createElement('pre');
  probe.id = 'probe';
  probe.textContent = 'charts drawn ' + charts + ' of ' + all + '\n' + out.join('\n');
  document.body.appendChild(probe);
});
