// htmx posts carry the antiforgery token from the page's meta tag (forms also carry it as a field,
// so everything works the same without JavaScript).
document.addEventListener("htmx:configRequest", function (e) {
  var meta = document.querySelector('meta[name="request-verification-token"]');
  if (meta) { e.detail.headers["RequestVerificationToken"] = meta.content; }
});
