// GET /t.js. A page includes it as <script src="https://<server>/t.js" data-site-key="site_...">.
// It keeps an anonymous visitor id in a first-party cookie, records a page visit, and offers
// outpost.track(name, properties) and outpost.identify(email). Requests are text/plain beacons:
// simple cross-origin requests (no preflight) that survive the page unloading.
export const trackingSnippet = `(function () {
  var script = document.currentScript;
  var siteKey = script && script.getAttribute('data-site-key');
  if (!siteKey) return;
  var endpoint = new URL(script.src).origin;
  var saved = document.cookie.match(/(?:^|; )outpost_vid=([^;]+)/);
  var visitorId = saved ? decodeURIComponent(saved[1]) : crypto.randomUUID();
  document.cookie = 'outpost_vid=' + encodeURIComponent(visitorId) + '; max-age=31536000; path=/; SameSite=Lax';
  function send(path, body) {
    body.siteKey = siteKey;
    body.visitorId = visitorId;
    var data = JSON.stringify(body);
    if (navigator.sendBeacon && navigator.sendBeacon(endpoint + path, new Blob([data], { type: 'text/plain' }))) return;
    fetch(endpoint + path, { method: 'POST', body: data, headers: { 'content-type': 'text/plain' }, keepalive: true });
  }
  function text(value) {
    return String(value || '').slice(0, 2000);
  }
  window.outpost = {
    track: function (name, properties) { send('/v1/track', { name: text(name).slice(0, 200), properties: properties || {} }); },
    identify: function (email) { send('/v1/track/identify', { email: text(email) }); }
  };
  window.outpost.track('page visit', { url: text(location.href), title: text(document.title), referrer: text(document.referrer) });
})();
`;
