"""A page numbered at its foot and again at its head: the next page's head folio right after the foot
folio is a page number too (issue 10, branch pocket57).

A pocket design prints the folio at every page's foot and, on the versos, at the head as well (the
rectos' head: 「5 学习手册」).  With no page marks (pypdf, pypdfium2, pdfplumber, a viewer's paste) the
extractor writes page n's foot folio and page n + 1's head folio on consecutive lines, 「1」 / 「2」.
On main the foot folios ran on by one (``pages.running_sequence``) and were dropped, but the head
folio 「2」 stayed, ran into the next line (「23. 首次登录…」, 「4（2）核稿…」) and, no longer an item's
number, let the items (1)…(6) join into one paragraph.  pdftotext's form feed put the head folio at a
page's start, where it was dropped.  Now ``pages.head_folios``: the line straight after a page number
holding the next value is the next page's number.

The snippet is real: the dev text guide_office_system_ops set on a ``tests/eval/heading_sweep.py
--kind pocket`` page (seed 58, design pk53_12: 16 em, hung marks, folio at the foot and in the head)
and read back by pypdfium2 — the whole document (line ends made LF).  Both tests fail on main.
"""

from __future__ import annotations

from booklet.model import Paragraph

# guide_office_system_ops × heading_sweep --kind pocket seed 58 pk53_12 × pypdfium2
FOOT_AND_HEAD_FOLIOS = """\
协同办公系统公文流转操
作指南
（2026年修订版）
江城市大数据中心 编
一、适用范围
本指南适用于全市各级机关使用
协同办公系统办理收文、发文、督办
等公文流转业务。系统管理员的配置
操作另见《系统管理员手册》。
二、登录与准备
1. 打开浏览器，在地址栏输入
政务外网门户地址，点击“协同办
公”图标进入登录页面。
2. 插入本人数字证书（UKey），
输入证书口令，点击“登录”。
1
2
3. 首次登录的用户，系统会提
示修改初始密码。新密码应满足以下
要求：
（1）长度不少于10位；
（2）同时包含大写字母、小写
字母和数字；
（3）不得与最近3次使用过的密
码相同。
注：连续5次输入错误，证书将
被锁定30分钟。如需立即解锁，请联
系本单位系统管理员。
三、收文办理
1. 在首页“待办事项”中点击
需办理的收文，进入收文处理单。
2. 核对来文单位、文号、标题
和附件是否齐全，确认无误后点击
“登记”。
2
3 学习手册
3. 选择拟办意见模板，或直接
在意见栏填写拟办意见。
4. 点击“送审”，在弹出的人
员列表中勾选审批领导，可多选。
5. 领导批示后，系统自动将公
文分送至承办科室，承办人可在“我
的承办”中查看。
注：密级为“秘密”及以上的公
文不得通过本系统流转，应按纸质公
文管理规定办理。
四、发文办理
发文办理分为拟稿、核稿、签发、
编号、用印、分发六个环节。各环节
操作要点如下：
（1）拟稿：使用系统内置的公
文模板，不得自行修改版头、字体和
页边距；
3
4
（2）核稿：核稿人应重点检查
文种、主送机关、附件说明和印发日
期；
（3）签发：签发人在手机端或
电脑端均可签批，签批后不可撤回；
（4）编号：由办公室统一编号，
系统自动生成发文字号；
（5）用印：电子印章仅限本单
位授权人员使用；
（6）分发：选择分发范围后点
击“发送”，系统记录每个单位的签
收时间。
五、常见问题
页面显示空白：清除浏览器缓存
后重试。
附件无法打开：安装版式文件阅
读器。
4
5 学习手册
证书无法识别：重新插拔UKey或
更换USB接口。
待办数量不更新：按F5刷新页面。
打印格式错乱：使用“导出版式
文件”后再打印。
注：以上方法仍不能解决的，请
拨打服务热线，工作时间为工作日8:
30—17:30。
5"""


def test_the_head_folios_leave_the_text(clean, texts):
    doc, _ = clean(FOOT_AND_HEAD_FOLIOS)
    paragraphs = texts(doc, Paragraph)
    assert any(p.startswith("3. 首次登录的用户") or p.startswith("3．首次登录的用户") or p.startswith("3.首次登录的用户")
               for p in paragraphs)
    assert not any(p.startswith(("23", "4（2）")) for p in paragraphs)


def test_the_items_after_a_page_break_stay_apart(clean, texts):
    doc, _ = clean(FOOT_AND_HEAD_FOLIOS)
    paragraphs = texts(doc, Paragraph)
    assert "（2）核稿：核稿人应重点检查文种、主送机关、附件说明和印发日期；" in paragraphs
    assert "（3）签发：签发人在手机端或电脑端均可签批，签批后不可撤回；" in paragraphs
    assert any(p.endswith("各环节操作要点如下：") for p in paragraphs)
