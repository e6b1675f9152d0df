// The moderation queue by keyboard. Every action is also a plain form; this module sends the
// same POSTs with fetch(), updates the row in place, announces the result and moves on.

const queue = document.querySelector("[data-mq-queue]");

if (queue) {
  const status = document.getElementById("mq-status");
  const historyDialog = document.getElementById("mq-history");
  const historyBody = historyDialog.querySelector("[data-mq-history-body]");
  const helpDialog = document.getElementById("mq-help");
  const banDialog = document.getElementById("mq-ban");
  const rows = () => [...queue.querySelectorAll("[data-mq-row]")];
  let current = 0;
  let returnTo = null;

  const announce = (message) => {
    // Clear first so that the same message twice is still read out.
    status.textContent = "";
    window.setTimeout(() => { status.textContent = message; }, 30);
  };

  const select = (index, { focus = true } = {}) => {
    const all = rows();
    if (!all.length) return;
    current = Math.max(0, Math.min(index, all.length - 1));
    all.forEach((row, i) => {
      row.tabIndex = i === current ? 0 : -1;
      if (i === current) row.setAttribute("aria-current", "true");
      else row.removeAttribute("aria-current");
    });
    if (focus) {
      all[current].focus({ preventScroll: true });
      all[current].scrollIntoView({ block: "nearest" });
    }
  };

  const currentRow = () => rows()[current];

  const post = async (form, extra = {}) => {
    const data = new FormData(form);
    for (const [key, value] of Object.entries(extra)) data.set(key, value);
    // Not form.action: the buttons named "action" shadow that property.
    const response = await fetch(form.getAttribute("action"), {
      method: "POST",
      body: data,
      headers: { "X-Requested-With": "XMLHttpRequest", Accept: "application/json" },
      credentials: "same-origin",
    });
    let body = {};
    try { body = await response.json(); } catch { body = {}; }
    if (!response.ok || !body.ok) {
      throw new Error(body.message || `The server answered ${response.status}.`);
    }
    return body;
  };

  const showState = (row, state, label) => {
    row.className = row.className.replace(/\bmq-item--\w+/, `mq-item--${state}`);
    row.querySelector("[data-mq-state]").textContent = label;
    row.dataset.state = state;
  };

  const act = async (row, action, extra = {}) => {
    const form = row.querySelector("[data-mq-actions]");
    try {
      const result = await post(form, { action, ...extra });
      showState(row, result.state, result.state_label);
      announce(result.message);
      const index = rows().indexOf(row);
      select(index + 1 < rows().length ? index + 1 : index);
    } catch (error) {
      announce(error.message);
    }
  };

  const confirmBan = (row) => {
    banDialog.querySelector("[data-mq-ban-name]").textContent = row.dataset.author;
    banDialog.returnValue = "";
    banDialog.addEventListener(
      "close",
      () => {
        if (banDialog.returnValue === "ban") act(row, "ban", { confirm: "1" });
        else row.focus();
      },
      { once: true },
    );
    banDialog.showModal();
  };

  const openHistory = async (row) => {
    returnTo = row;
    const next = window.location.pathname + window.location.search;
    const url = `${row.dataset.history}?partial=1&next=${encodeURIComponent(next)}`;
    historyBody.textContent = "Loading…";
    historyDialog.showModal();
    try {
      const response = await fetch(url, {
        headers: { "X-Requested-With": "XMLHttpRequest" },
        credentials: "same-origin",
      });
      if (!response.ok) throw new Error(`The server answered ${response.status}.`);
      historyBody.innerHTML = await response.text();
      historyDialog.querySelector("[data-mq-close]").focus();
    } catch (error) {
      historyBody.textContent = error.message;
    }
  };

  const openNote = (row) => {
    const details = row.querySelector("[data-mq-note]");
    details.open = true;
    details.querySelector("textarea").focus();
  };

  const toggleTick = (row) => {
    const tick = row.querySelector("[data-mq-tick]");
    tick.checked = !tick.checked;
    announce(tick.checked ? "Ticked." : "Unticked.");
  };

  const typing = (target) =>
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

  const onKey = (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (document.querySelector("dialog[open]") || typing(event.target)) return;
    const row = currentRow();
    const onRow = event.target === row || event.target === document.body;
    const handlers = {
      // The first j or k only puts the focus on the selected comment.
      j: () => select(row && row.contains(document.activeElement) ? current + 1 : current),
      k: () => select(row && row.contains(document.activeElement) ? current - 1 : current),
      a: () => row && act(row, "approve"),
      r: () => row && act(row, "reject"),
      s: () => row && act(row, "spam"),
      b: () => row && confirmBan(row),
      n: () => row && openNote(row),
      x: () => row && toggleTick(row),
      o: () => row && openHistory(row),
      Enter: () => row && onRow && openHistory(row),
      "?": () => helpDialog.showModal(),
    };
    const handler = handlers[event.key];
    if (!handler || (event.key === "Enter" && !onRow)) return;
    event.preventDefault();
    // Wagtail's own "?" (its shortcut list) must not open on top of ours.
    event.stopImmediatePropagation();
    handler();
  };

  window.addEventListener("keydown", onKey, true);

  queue.addEventListener("focusin", (event) => {
    const row = event.target.closest("[data-mq-row]");
    if (row) select(rows().indexOf(row), { focus: false });
  });

  queue.addEventListener("submit", (event) => {
    const form = event.target;
    const row = form.closest("[data-mq-row]");
    if (!row) return;
    if (form.matches("[data-mq-actions]")) {
      event.preventDefault();
      const action = event.submitter?.value || "approve";
      select(rows().indexOf(row), { focus: false });
      if (action === "ban") confirmBan(row);
      else act(row, action);
    } else if (form.matches("[data-mq-note-form]")) {
      event.preventDefault();
      post(form)
        .then((result) => {
          form.reset();
          form.closest("details").open = false;
          announce(result.message);
          row.focus();
        })
        .catch((error) => announce(error.message));
    }
  });

  queue.addEventListener("click", (event) => {
    const link = event.target.closest("[data-mq-history-link]");
    if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      openHistory(link.closest("[data-mq-row]"));
    }
    if (event.target.closest("[data-mq-close]")) {
      event.target.closest("dialog").close();
    }
  });

  historyDialog.addEventListener("close", () => {
    historyBody.textContent = "";
    if (returnTo) returnTo.focus();
    returnTo = null;
  });

  select(0, { focus: false });
}
