/// The stylesheet and the drag-and-drop script, served as files so the Content-Security-Policy needs no inline code.
enum Assets {
    static let stylesheet = """
    :root { color-scheme: light; --ink: #1d2630; --muted: #566270; --accent: #0a66c2; --bad: #b3261e; --line: #d6dde4; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f6f8fa; }
    header { padding: .5rem 1rem; text-align: right; font-size: .9rem; }
    main { max-width: 44rem; margin: 0 auto; padding: 1rem 1rem 3rem; background: #fff; border-radius: 8px; }
    h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
    h2 { font-size: 1.15rem; margin-top: 1.75rem; }
    a { color: var(--accent); }
    form { display: grid; gap: .75rem; margin: 1.25rem 0; }
    .drop { display: block; border: 2px dashed var(--line); border-radius: 8px; padding: 1.5rem; text-align: center; font-weight: 600; }
    .drop.over { border-color: var(--accent); background: #eef5fc; }
    .hint { display: block; font-weight: 400; color: var(--muted); }
    input[type=file], input[type=password], input[type=text] { font: inherit; padding: .5rem; max-width: 100%; }
    button, .button { font: inherit; background: var(--accent); color: #fff; border: 0; border-radius: 6px; padding: .6rem 1.1rem; cursor: pointer; text-decoration: none; display: inline-block; justify-self: start; }
    .error { color: var(--bad); font-weight: 600; overflow-wrap: anywhere; }
    .privacy { color: var(--muted); font-size: .9rem; }
    .big { font-size: 1.3rem; margin: .25rem 0; }
    .gain { font-weight: 700; color: #1a7f37; white-space: nowrap; }
    ol.suggestions li, ul li { margin: .35rem 0; }
    ul.unknown { color: var(--muted); }
    table { border-collapse: collapse; width: 100%; }
    th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; }
    .share-box { margin-top: 2rem; padding: 1rem; border: 1px solid var(--line); border-radius: 8px; background: #fbfcfd; }
    .done, .shared { color: #1a7f37; font-weight: 600; }
    @media (max-width: 480px) { main { border-radius: 0; } h1 { font-size: 1.35rem; } }
    """

    /// A plain blue square with a check mark, so browsers find an icon.
    static let icon = """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0a66c2"/>\
    <path d="M8 17l5 5 11-12" stroke="#fff" stroke-width="4" fill="none"/></svg>
    """

    /// The HR bar above the workforce report on the dashboard.
    static let dashboardBar = """
    .pl-hr-bar { display: flex; flex-wrap: wrap; gap: .75rem 1.25rem; align-items: center; padding: .6rem 1rem; background: #fff; \
    border-bottom: 1px solid #d6dde4; font: 15px/1.4 system-ui, sans-serif; }
    .pl-hr-bar form { margin: 0; display: inline; }
    .pl-hr-bar button { font: inherit; background: #0a66c2; color: #fff; border: 0; border-radius: 6px; padding: .35rem .9rem; cursor: pointer; }
    """

    static let uploadScript = """
    // Drag and drop onto the upload box; without JavaScript the plain file input works the same.
    document.addEventListener("DOMContentLoaded", function () {
      var box = document.querySelector(".drop");
      var input = document.getElementById("profile");
      if (!box || !input) { return; }
      ["dragenter", "dragover"].forEach(function (name) {
        box.addEventListener(name, function (event) { event.preventDefault(); box.classList.add("over"); });
      });
      ["dragleave", "drop"].forEach(function (name) {
        box.addEventListener(name, function () { box.classList.remove("over"); });
      });
      box.addEventListener("drop", function (event) {
        event.preventDefault();
        if (event.dataTransfer && event.dataTransfer.files.length > 0) {
          input.files = event.dataTransfer.files;
          if (input.form) { input.form.submit(); }
        }
      });
    });
    """
}
