"""A page numbered at its foot and again in its running head after the head's words: the foot folio
before the next page's head is a page number too (issue 10, branch pypdf59).

A design with the head 「{title}|{n}」 (the title at the left edge, the folio at the right) and the folio
at the foot as well: pypdf ends its output line at the head's wide gap and writes page n's foot folio,
page n + 1's head words and then its number — 「…概不」 / 「1」 / 「消费者权益保护法律知识问答」 / 「2」 /
「退换”的告示…」.  ``pages.find_pages`` took the head copies (1, 2, 3, 4) for the run of page numbers and
started each page at its head; the foot folios stayed, and ``rejoin_runs`` joined each, as a digit run
cut at its font, to the line before: 「问：商家张贴“商品售出，概不1退换”…」, 「二、服务消费2」.  Now
``pages.foot_folios``: two lone numbers two lines apart, the second one more, are both page numbers
where either is or the pages' run holds either value (``head_folios``' pair with the head's words
between), and the head's words open the page.

The text is real: the dev text qa_law_consumer_rights set on a ``tests/eval/heading_sweep.py --kind
heading`` page (seed 62, design sw25_02: 17 em, head 「{title}|{n}」, foot 「{n}」) and read back by
pypdf — the whole document.  Both tests fail on main.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph

# qa_law_consumer_rights × heading_sweep --kind heading seed 62 sw25_02 × pypdf
HEAD_AND_FOOT_FOLIOS = """\
消费者权益保护法律知识问答
1
消费者权益保护法律知识问
答
为方便群众了解消费维权的基本知
识，县司法局、县市场监管局选取日常
生活中常见的问题，编写了这份问答。
一、购物消费
问：网上买的商品不满意，可以
无理由退货吗？
答：可以。经营者采用网络、电
视、电话、邮购等方式销售商品，消费
者有权自收到商品之日起七日内退货，
且无需说明理由。但消费者定作的、鲜
活易腐的、在线下载或者已拆封的音像
制品等商品除外。
问：商家张贴“商品售出，概不
1
消费者权益保护法律知识问答
2
退换”的告示，有效吗？
答：无效。经营者不得以格式条
款、通知、声明、店堂告示等方式，作
出排除或者限制消费者权利、减轻或者
免除经营者责任的规定。商品存在质量
问题的，消费者仍然可以依法要求退
货、更换或者修理。
问：在超市买到过期食品，能要
求赔偿吗？
答：能。生产不符合食品安全标准
的食品，或者经营明知是不符合食品安
全标准的食品，消费者除要求赔偿损失
外，还可以向生产者或者经营者要求支
付价款十倍或者损失三倍的赔偿金；增
加赔偿的金额不足一千元的，为一千
元。
二、服务消费
2
消费者权益保护法律知识问答
3
问：预付了美容卡，店铺突然关
门，钱还能要回来吗？
答：经营者以预收款方式提供服务
的，应当按照约定提供。未按照约定提
供的，应当按照消费者的要求履行约定
或者退回预付款，并承担预付款的利
息。店铺关门了，难道预付的钱就打了
水漂？并非如此。消费者可以保存好充
值凭证和聊天记录，及时向市场监管部
门投诉，必要时向人民法院起诉。
问：投诉有时间限制吗？
答：有。
向人民法院请求保护民事权利的诉
讼时效期间为三年，自权利人知道或者
应当知道权利受到损害以及义务人之日
起计算。
青禾县司法局
3
消费者权益保护法律知识问答
4
青禾县市场监督管理局
2026年11月
4
"""


def test_the_foot_folio_leaves_the_question(clean, texts):
    doc, _ = clean(HEAD_AND_FOOT_FOLIOS)
    headings = texts(doc, Heading)
    assert "问：商家张贴“商品售出，概不退换”的告示，有效吗？" in headings
    assert "二、服务消费" in headings
    assert not any(h.endswith(("2", "4")) or "概不1" in h for h in headings)


def test_the_last_page_keeps_its_signers(clean, texts):
    # the last page: 「青禾县司法局」 / 「3」 / head / 「4」 / 「青禾县市场监督管理局」 / 「2026年11月」 / 「4」 — on
    # main 「3消费者权益保护法律知识问答4青禾县市场监督管理局」 came out as a heading; the head's copy 「4」
    # belongs to the head words before it, not to the signer after it (``bands._split_heads``)
    doc, _ = clean(HEAD_AND_FOOT_FOLIOS)
    blocks = texts(doc)
    assert blocks[-3:] == ["青禾县司法局", "青禾县市场监督管理局", "2026年11月"]
    assert not any("问答4" in b or b.isdecimal() for b in blocks)
