// Full-size images in a modal <dialog>. Without JavaScript the "View full-size image" links
// are plain links to the large rendition, so nothing here is needed to see the picture.
//
// <dialog> with showModal() makes the rest of the page inert (focus stays inside), closes on
// Esc, and hands focus back to the link that opened it.

const dialog = document.createElement("dialog");
dialog.className = "lightbox";
dialog.setAttribute("aria-labelledby", "lightbox-caption");
dialog.innerHTML = `
  <figure class="lightbox__figure">
    <img class="lightbox__img" alt="">
    <figcaption class="lightbox__caption" id="lightbox-caption"></figcaption>
  </figure>
  <div class="lightbox__actions">
    <a class="lightbox__original" href="">Open image in a new tab</a>
    <button type="button" class="lightbox__close" autofocus>Close<span class="visually-hidden"> full-size image</span> <span aria-hidden="true">✕</span></button>
  </div>`;

const img = dialog.querySelector(".lightbox__img");
const caption = dialog.querySelector(".lightbox__caption");
const original = dialog.querySelector(".lightbox__original");

function open(link) {
  img.src = link.href;
  img.alt = link.dataset.alt || "";
  if (link.dataset.width) {
    img.width = Number(link.dataset.width);
    img.height = Number(link.dataset.height);
  }
  caption.textContent = link.dataset.caption || link.dataset.alt || "Full-size image";
  original.href = link.href;
  original.target = "_blank";
  original.rel = "noopener";
  if (!dialog.isConnected) document.body.append(dialog);
  dialog.showModal();
}

dialog.querySelector(".lightbox__close").addEventListener("click", () => dialog.close());
// A click on the backdrop (outside the figure and buttons) closes too.
dialog.addEventListener("click", (event) => {
  if (event.target === dialog) dialog.close();
});
dialog.addEventListener("close", () => img.removeAttribute("src"));

document.addEventListener("click", (event) => {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target.closest("a[data-lightbox]");
  if (link) {
    event.preventDefault();
    open(link);
    return;
  }
  // The picture itself opens its full-size view too, for people using a mouse or touch.
  const picture = event.target.closest("img[data-lightbox-image]");
  const figureLink = picture?.closest("figure")?.querySelector("a[data-lightbox]");
  if (figureLink) open(figureLink);
});
