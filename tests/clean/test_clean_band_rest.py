"""A Word report's two-line running head read by pypdf: the band's date left in the text (issue 10,
branch wordhead59).

pypdf ends a line at each change of font, so the head 「青禾县人民政府办公室」 / 「清河镇2025年工作大事记
2026年11月」 (Latin digits) comes as 「青禾县人民政府办公室」 / 「清河镇」 / 「2025」 / 「年工作大事记」 / 「2026」
/ 「年」 / 「11」 / 「月」; ``rejoin_runs`` rejoins 「2025年工作大事记」 and 「2026年11月」 but not
「清河镇」, so the band is four lines, its first three are found as a running head and the date,
past ``bands.BAND_LINES``, stays in the text on every page — 「…非遗展示和老年活2026年11月动用房…」.
Or the band's title is the text's title too and its date the signer's date (qa_law_consumer_rights),
so neither repeats only in the band.  Now ``bands.band_rest``: the lines right after the copies taken
at a page's edge, the same in the same order on most pages where a copy was taken, are the band's.

The texts are real: the dev texts chronology_town_events and qa_law_consumer_rights set on a
``tests/eval/heading_sweep.py --kind heading --word`` page (seed 62, designs sw25_05 and sw25_04) and
read back by pypdf — whole documents, ``tests/data/extractions``.  Both tests fail on main.
"""

from __future__ import annotations

from pathlib import Path

from booklet.model import Heading

DATA = Path(__file__).resolve().parents[1] / "data" / "extractions"
CHRONOLOGY = (DATA / "chronology_town_events__sw25_05_s62_word__pypdf.txt").read_text(encoding="utf-8")
QA_LAW = (DATA / "qa_law_consumer_rights__sw25_04_s62_word__pypdf.txt").read_text(encoding="utf-8")


def test_the_band_date_past_the_band_leaves_the_text(clean, texts):
    doc, _ = clean(CHRONOLOGY)
    blocks = texts(doc)
    assert not any("2026年11月" in b for b in blocks)
    assert any("非遗展示和老年活动用房共420平方米。" in b for b in blocks)
    assert "一月" in texts(doc, Heading)


def test_the_band_under_its_unit_goes_the_title_and_signer_stay(clean, texts):
    doc, _ = clean(QA_LAW)
    blocks = texts(doc)
    assert blocks[0].startswith("为方便群众了解消费维权的基本知识")   # (the title is the document's)
    assert "消费者权益保护法律知识问答" not in blocks
    # the head's date went from each page; the signer's date under the signers stays, once
    assert blocks.count("2026年11月") == 1
    assert blocks[-3:] == ["青禾县司法局", "青禾县市场监督管理局", "2026年11月"]
    assert any("或者损失三倍的赔偿金；增加赔偿的金额不足一千元的" in b for b in blocks)   # across the page
