"""A 公文's closing lines are no headings: the signer's office over the name, a contact's name cut
from its field, an e-mail address alone (issue 10, branch gongwen89).

- A person who signs a report in their office signs 「县农业农村局局长　周立新」 over the date; plain
  pdftotext cuts the line at its wide space and writes the office a line of its own, which read as a
  heading (no stop, short).  The office alone (``shapes.POST_LINE_RE``) over a person signing over the
  date signs with them (``headings._signing`` / ``_signer_post``): a heading heads text, and under
  this line stand only a name and a date.
- A contact is set as its office, then its person (「联系人：市委宣传部理论处　许文静」); the name cut
  from its field went on only where the field's value ended on a name.  Under a contact's field
  (``shapes.CONTACT_FIELD_RE``) it goes on where the value ends on a body's name too
  (``headings._field_name``, ``shapes.ISSUER_RE``).
- pypdf writes a field's Latin value a line of its own (「电子邮箱：」 / 「llc_jcxj@example.gov.cn」), a
  pocket measure cuts a label (「传」 / 「真：0512-68821357」); a contact's value — an address, a telephone
  number — names nothing, so it is never a heading (``shapes.ADDRESS_LINE_RE`` in
  ``headings.looks_like_heading``).

Pages are real extractions, whole: dev texts report_duty_agriculture_bureau and notice_meeting_agenda
on sweep designs sw25_00 / sw25_01 (``heading_sweep.py --kind heading --word --designs 5 --seed 402``),
read by plain pdftotext and pypdf, and notice_meeting_agenda on the pocket design pw59_02
(``heading_sweep.py --kind pocketwide --designs 4 --seed 402``), read by plain pdftotext —
``tests/data/extractions``.
"""

from __future__ import annotations

import pytest

from booklet.clean.blocks import Blk, Kind
from booklet.clean.headings import _SIGNS_OVER, _body_signs, _field_name, _signer_post, _signing
from booklet.shapes import ADDRESS_LINE_RE

REPORT = "report_duty_agriculture_bureau__sw25_00_s402_word__pdftotext.txt"
NOTICE = "notice_meeting_agenda__sw25_00_s402_word__pdftotext.txt"
NOTICE_PYPDF = "notice_meeting_agenda__sw25_01_s402_word__pypdf.txt"
NOTICE_POCKET = "notice_meeting_agenda__pw59_02_s402_pocketwide__pdftotext.txt"


def test_the_signers_office_over_the_name_is_no_heading(extracted, headings_of, all_text):
    doc = extracted(REPORT)
    assert "县农业农村局局长" not in headings_of(doc)
    assert "周立新" not in headings_of(doc)
    read = all_text(doc)
    assert read.rfind("县农业农村局局长") < read.rfind("周立新") < read.rfind("2026年12月18日")


def test_a_contacts_name_cut_from_its_field_goes_on_it(extracted, headings_of, all_text):
    doc = extracted(NOTICE)
    assert "许文静" not in headings_of(doc)
    assert "联系人：市委宣传部理论处\u3000许文静" in all_text(doc)


def test_an_email_address_alone_is_no_heading(extracted, headings_of, all_text):
    doc = extracted(NOTICE_PYPDF)
    assert not [h for h in headings_of(doc) if "@" in h]
    assert "llc_jcxj@example.gov.cn" in all_text(doc)
    # the notice's own headings stay
    assert {"一、会议时间", "五、有关要求"} <= set(headings_of(doc))


def test_a_telephone_number_after_a_cut_label_is_no_heading(extracted, headings_of, all_text):
    doc = extracted(NOTICE_POCKET)
    assert not [h for h in headings_of(doc) if "0512" in h]
    assert "0512-68821357" in all_text(doc)


def _blocks(*texts: str) -> list[Blk]:
    return [Blk(kind=Kind.PARA, text=t, first=k, last=k, starts=((0, k),)) for k, t in enumerate(texts)]


@pytest.mark.parametrize("text", ["县农业农村局局长", "江城县人民政府县长", "市直机关工委书记"])
def test_an_office_alone_signs(text):
    assert _signer_post(text)


@pytest.mark.parametrize("text", ["一、坚持学法用法", "做一名合格的村支部书记的体会", "县农业农村局", "周立新",
                                  "县农业农村局局长\n周立新"])
def test_no_office_alone_refused(text):
    assert not _signer_post(text)


def test_the_office_signs_only_over_a_person_signing_over_the_date():
    signed = _blocks("以上报告，请审议。", "县农业农村局局长", "周立新", "2026年12月18日")
    assert _signing(signed)[1:3] == [True, True]
    # an office over a name with text under it is no signature (a byline under a title)
    byline = _blocks("县农业农村局局长", "周立新", "主任、各位副主任、秘书长、各位委员：", "根据县人大常委会工作安排，现报告如下。")
    assert _signing(byline)[0] is False


@pytest.mark.parametrize("role", sorted(_SIGNS_OVER))
@pytest.mark.parametrize("heading", ["一、坚持学法用法", "第三章　监督管理", "（二）压实工作责任", "关于做好冬季安全生产工作的通知"])
def test_no_signer_of_the_role_table_takes_a_heading(role, heading):
    assert not any(signs(heading) for signs in (_body_signs, *_SIGNS_OVER[role]))


def test_the_role_table_reads_what_stands_under_a_signature():
    # a body over a body over the date (a joint letter); a person over the date; the body closing the text
    assert _signing(_blocks("特此通知。", "中共江城市委", "江城市人民政府", "2026年9月9日")) == [False, True, True, False]
    assert _signing(_blocks("以上报告，请审议。", "周立新", "2026年12月18日")) == [False, True, False]
    assert _signing(_blocks("以上为本期内容。", "县委党校教研室")) == [False, True]
    # a short word over a body's name is no issuer; an office over a body's name signs nothing
    assert _signing(_blocks("专刊", "县委党校教研室")) == [False, True]
    assert _signing(_blocks("县农业农村局局长", "江城市人民政府", "2026年9月9日"))[0] is False


def test_a_name_under_a_field_ending_on_a_body_goes_on_it():
    assert _field_name(_blocks("联系人：市委宣传部理论处", "许文静"), 1)
    assert _field_name(_blocks("出席：赵明辉", "刘建平"), 1)
    # a field of bodies: the name after it is none of its (test_clean_headings_lists)
    assert not _field_name(_blocks("列席：市应急管理局", "刘建平"), 1)
    # no field over the name: not this refusal's
    assert not _field_name(_blocks("市委宣传部理论处", "许文静"), 1)


@pytest.mark.parametrize("text", ["llc_jcxj@example.gov.cn", "https://www.gov.cn/zhengce/", "www.jcxc.gov.cn",
                                  "电子邮箱：llc_jcxj@example.gov.cn", "真：0512-68821357", "0512-68821356", "13812345678"])
def test_an_address_alone(text):
    assert ADDRESS_LINE_RE.match(text)


@pytest.mark.parametrize("text", ["一、总体要求", "Email", "1.2 范围", "2026年", "第12345678号", "联系人@x.cn",
                                  "传真：0512-68821357\u3000电子邮箱：llc_jcxj@example.gov.cn", "一、2025年工作回顾"])
def test_no_address_alone_refused(text):
    assert not ADDRESS_LINE_RE.match(text)
