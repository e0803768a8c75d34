"""The example's phone edition in a real browser (Debian's headless Chromium) at 375 × 812 px.

No horizontal scrolling anywhere; every contents link lands on its article's title; every
footnote marker reaches its note and the note leads back; body text at least 16 px; the
dark scheme readable; the print stylesheet giving A4 pages, each article on a new one.
Screenshots of the cover, the contents and an article page are saved (and, with
``BOOKLET_SCREENSHOTS=DIR``, one small composite ``phone-edition.png`` for the README).
"""

from __future__ import annotations

import base64
import os
import re
import shutil
from pathlib import Path

import pytest

WIDTH, HEIGHT = 375, 812  # an iPhone X/11 Pro-class screen in CSS pixels
MIN_BODY_PX = 16
MIN_TEXT_PX = 14  # footnotes, captions, the back link: never smaller on a phone
A4_PT = (595.3, 841.9)
PAGE_NUMBER = re.compile(r"^\s*—\s*\d+\s*—\s*$", re.MULTILINE)  # the profile's — 5 —

# Elements sticking out of the screen (which would make it scroll sideways), described.
OVERFLOW_JS = """
const w = document.documentElement.clientWidth, out = [];
for (const e of document.querySelectorAll('body *')) {
  const r = e.getBoundingClientRect();
  if (r.width && (r.right > w + 0.5 || r.left < -0.5))
    out.push(e.tagName + '.' + e.className + ' ' + r.left.toFixed(1) + '..' + r.right.toFixed(1)
             + ' ' + (e.textContent || '').slice(0, 20));
}
return [document.documentElement.scrollWidth, w, out.slice(0, 5)];
"""
RECT_JS = ("const r = arguments[0].getBoundingClientRect();"
           "return [r.top, r.bottom, window.innerHeight];")


@pytest.fixture(scope="module")
def phone(browser):
    with browser.phone_session(WIDTH, HEIGHT) as driver:
        yield driver


def _open(driver, path: Path, anchor: str = "") -> None:
    driver.get(path.as_uri() + (f"#{anchor}" if anchor else ""))


def _rect(driver, element) -> tuple[float, float, float]:
    return tuple(driver.execute_script(RECT_JS, element))


@pytest.mark.parametrize("edition", ["html", "inline"])
def test_nothing_scrolls_sideways_on_a_phone(phone, example_html: dict, edition: str):
    _open(phone, example_html[edition])
    scroll_width, client_width, sticking_out = phone.execute_script(OVERFLOW_JS)
    assert client_width == WIDTH
    assert scroll_width <= client_width and not sticking_out, sticking_out


def test_every_contents_link_lands_on_its_articles_title(phone, example_html: dict):
    _open(phone, example_html["html"])
    links = phone.find_elements("css selector", "a.toc_link, a.toc_part")
    assert len(links) == 17  # 16 articles and the 延伸阅读 part
    for link in links:
        phone.execute_script("document.getElementById('contents').scrollIntoView()")
        target = link.get_attribute("href").split("#")[1]
        link.click()  # a real tap: scrolled into view, not covered by anything
        title = phone.find_element("css selector", f"#{target} h2, h2#{target}")
        top, bottom, height = _rect(phone, title)
        assert 0 <= top and bottom <= height / 2, (title.text, top, bottom)
        assert title.text.replace("\n", "") and title.is_displayed()


def test_every_footnote_marker_reaches_its_note_and_back(phone, example_html: dict):
    _open(phone, example_html["html"])
    count = len(phone.find_elements("css selector", "a.fn_ref"))
    assert count == 15
    for index in range(count):
        marker = phone.find_elements("css selector", "a.fn_ref")[index]
        phone.execute_script("arguments[0].scrollIntoView({block: 'center'})", marker)
        marker.click()
        note = phone.find_element("id", marker.get_attribute("href").split("#")[1])
        top, bottom, height = _rect(phone, note)
        assert 0 <= top < height and note.text.startswith(marker.text)
        note.find_element("css selector", "a.fn_back").click()
        top, bottom, height = _rect(phone, marker)
        assert 0 <= top and bottom <= height, (marker.text, top)


def test_text_is_large_enough_on_a_phone(phone, example_html: dict):
    _open(phone, example_html["html"])
    sizes = phone.execute_script("""
      const px = e => parseFloat(getComputedStyle(e).fontSize);
      const body = [...document.querySelectorAll('p.body')].map(px);
      const texts = [...document.querySelectorAll('main *')]
        .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
        .filter(e => !e.closest('sup')).map(px);
      const masthead = document.querySelector('.notice_masthead');
      return [Math.min(...body), body.length, Math.min(...texts),
              masthead.getBoundingClientRect().height / px(masthead)];""")
    smallest_body, paragraphs, smallest_text, masthead_lines = sizes
    assert paragraphs > 300 and smallest_body >= MIN_BODY_PX
    assert smallest_text >= MIN_TEXT_PX
    assert masthead_lines < 1.5  # GB/T 9704: the masthead on one line, scaled to fit


def test_the_dark_scheme_is_dark_and_readable(browser, example_html: dict):
    from booklet.present.web import contrast

    with browser.phone_session(WIDTH, HEIGHT, dark=True) as driver:
        _open(driver, example_html["html"])
        colours = driver.execute_script("""
          const c = s => getComputedStyle(document.querySelector(s));
          return [c('main').backgroundColor, c('p.body').color, c('.notice_masthead').color];""")
    paper, ink, red = (_hex(c) for c in colours)
    assert contrast(paper, "#000000") < 2 and contrast(ink, paper) >= 7
    assert contrast(red, paper) >= 4.5


def test_the_print_stylesheet_gives_a4_pages_each_article_on_a_new_one(phone, example_html: dict):
    import pypdfium2

    _open(phone, example_html["html"])
    printed = phone.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True,
                                                        "displayHeaderFooter": False})
    document = pypdfium2.PdfDocument(base64.b64decode(printed["data"]))
    pages = [document[i] for i in range(len(document))]
    for page in pages:  # Chrome rounds the page to whole CSS pixels
        width, height = page.get_size()
        assert abs(width - A4_PT[0]) < 1 and abs(height - A4_PT[1]) < 1
    texts = [page.get_textpage().get_text_range() for page in pages]
    tops = [re.sub(r"\s", "", PAGE_NUMBER.sub("", text))[:80] for text in texts]
    titles = phone.execute_script(
        "return [...document.querySelectorAll('article h2.title')].map(h => h.textContent)")
    for title in titles:
        assert any(top.lstrip("材料123").startswith(title.replace(" ", "")[:10]) for top in tops), title
    assert tops[0].startswith("北京理工大学党委宣传部")  # the notice letter first, on one page
    assert tops[1].startswith("习近平总书记")  # then the cover
    assert not any("返回目录" in text for text in texts)
    numbers = [bool(PAGE_NUMBER.search(text)) for text in texts]
    assert numbers[:4] == [False] * 4 and numbers[4]  # none on the front matter's pages


def test_screenshots_of_cover_contents_and_an_article(phone, example_html: dict,
                                                      tmp_path: Path):
    from PIL import Image

    shots = []
    for anchor in ("cover", "contents", "a2"):
        _open(phone, example_html["html"], anchor)
        path = tmp_path / f"phone-{anchor}.png"
        assert phone.save_screenshot(str(path))
        image = Image.open(path)
        assert image.size == (WIDTH, HEIGHT)
        assert len(image.convert("L").getcolors(256)) > 16  # text, not a blank screen
        shots.append(image)
    composite = _composite(shots)
    composite.save(tmp_path / "phone-edition.png", optimize=True)
    assert (tmp_path / "phone-edition.png").stat().st_size < 150_000
    if os.environ.get("BOOKLET_SCREENSHOTS"):  # the README's picture: docs/phone-edition.png
        folder = Path(os.environ["BOOKLET_SCREENSHOTS"])
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(tmp_path / "phone-edition.png", folder / "phone-edition.png")


def _composite(shots):
    """The screenshots side by side, scaled down and in 32 shades: a few tens of KB."""
    from PIL import Image

    gap, scale = 12, 0.6
    width, height = (round(s * scale) for s in shots[0].size)
    sheet = Image.new("RGB", (len(shots) * width + (len(shots) - 1) * gap, height), "#d0d0d0")
    for i, shot in enumerate(shots):
        sheet.paste(shot.convert("RGB").resize((width, height), Image.LANCZOS),
                    (i * (width + gap), 0))
    return sheet.quantize(colors=32, dither=Image.Dither.NONE)


def _hex(css: str) -> str:
    """``rgb(24, 24, 24)`` → ``#181818``."""
    values = [int(float(v)) for v in css[css.index("(") + 1:css.index(")")].split(",")[:3]]
    return "#" + "".join(f"{v:02x}" for v in values)
