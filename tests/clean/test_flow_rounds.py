"""Three columns written in rows by pdfplumber: where the rows repeat a round — a row of two columns'
lines and a row of the third's, the two sharing a line grid the third stands off — each row goes on the
columns of the row one round before (``flow._rounds_of``, ``PHASE_OFF``; plumb75, issue 10).

pdfplumber writes a row of the characters whose tops stand within 3 pt, the pieces in x order, one space
apart: two columns level on one grid give a row of two lines, a third column set off (a head above it
shifted its grid) a row of its own, and while the grids hold the pattern repeats every pitch.  The
dealing weighed that only as a lean a row at a time (``GRID_BONUS``), and a word read by chance across a
break sent a column's line to another column and every line after it with it.

Pages are real extractions, whole: dev texts notice_theory_study and letter_teachers_day on news design
nw54_01 (three columns, 12 characters, leading 1.42, ruled), drawn by ``heading_sweep.py --kind news
--columns 3 --designs 12`` with seed 197 (``tests/data/extractions``).  On main the paragraphs below are
cut and their pieces read into other columns' text.

The same pages' rows also give the page's column count (``flow._round_lines``, ``ROUNDS_ALONE_MIN``;
plumb75b): where a head over one column leaves no row of three and the whole rows tell no period
(``_interleaved`` reads a split row as one line ending with its second column's), the split rows' own
rounds count three columns — their lines go on a round later into the line in their place, never into
the lone row between.  COUNTED holds two such pages (dev texts manual_video_conference_ops and
decision_admin_penalty, same design and seed), which were dealt on two columns before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"

PARAGRAPHS = {
    "notice_theory_study__nw54_01_s197_news__pdfplumber.txt": [
        "各区委宣传部，市直各单位党组（党委）：",
        "为深入学习贯彻党的创新理论，推动理论学习往深里走、往心里走、往实里走，根据市委统一部署，经研究，决定在全市各级党委（党组）理论学习中心组中开展2026年度专题学习。现将有关事项通知如下。",
        "围绕新质生产力、数字经济、人工智能等内容，邀请专家学者作专题辅导，着力提高领导干部推动高质量发展的本领。",
        "（一）集中学习。各级中心组每季度集中学习不少于1次，每次学习应确定主题、明确重点发言人，做到有计划、有记录、有总结。",
        "各单位要高度重视，把中心组学习作为一项政治任务抓紧抓好。党委（党组）书记要认真履行第一责任人职责，带头学习、带头研讨、带头调研。要严格落实学习考勤、学习通报等制度，对学习不认真、流于形式的，予以通报批评。",
    ],
    "letter_teachers_day__nw54_01_s197_news__pdfplumber.txt": [
        "全市广大教师、教育工作者和离退休教职工：",
        "金秋九月，硕果飘香。在第四十二个教师节到来之际，中共江城市委、江城市人民政府向辛勤耕耘在全市各级各类学校的广大教师和教育工作者，向为我市教育事业作出贡献的离退休教职工，致以节日的问候和崇高的敬意！",
        "我们忘不了，暑期汛情来临时，许多老师放弃休假，第一时间赶到学校转移教学设备、排查校舍安全；我们忘不了，在偏远教学点，有的老师一人守着一所学校，一守就是十几年；我们也忘不了，许多已经退休的老同志，仍然活跃在关心下一代工作的第一线，继续为孩子们的成长操心出力。你们是全市人民心中最可爱的人。",
        "这一年，我们也欣喜地看到，一大批青年教师在教学一线迅速成长。全市有126名教师在省级以上教学竞赛中获奖，38名教师被评为省级骨干教师和学科带头人；“名师送教下乡”活动走进全市所有乡镇，开展示范课、专题讲座860余场，城乡教师结对帮扶实现全覆盖。越来越多的优秀大学毕业生选择到乡村学校任教，越来越多的家长愿意把孩子留在家门口的学校就读。教育的每一点进步，都是对你们辛勤付出的最好回报。",
        "各级党委和政府要始终把教育摆在优先发展的战略位置，在政治上关心教师、在工作上支持教师、在生活上关怀教师，切实保障教师工资待遇，减轻教师非教学负担，大力营造尊师重教的良好社会氛围，让广大教师安心从教、热心从教、舒心从教、静心从教。",
    ],
}


COUNTED = {
    "manual_video_conference_ops__nw54_01_s197_news__pdfplumber.txt": [
        "本手册适用于市政府大楼三楼第一、第二视频会议室，供会务保障人员日常操作和维护使用。会议室主要设备包括视频会议终端、高清摄像机、数字音频处理器、无线话筒、LED显示屏和中控系统。",
        "依次打开数字音频处理器和功放电源，间隔不少于5秒。逐一测试主席台和代表席话筒，确认无啸叫、无杂音。无线话筒电池电量低于30%时应及时更换。",
        "接到会议通知后，操作人员应与主会场核对会议号码、入会时间和联系人，并按下列步骤完成连接：",
        "画面出现卡顿或马赛克时，应首先查看终端网络状态。丢包率超过5%时，可将会议带宽由4Mbps降至2Mbps；仍无改善的，应立即通知信息中心排查网络线路。",
        "信息中心每月对会议室设备进行一次全面检查，内容包括终端软件版本、摄像机云台转动、话筒电池性能和线缆老化情况。检查结果记入《设备维护台账》，发现隐患的及时维修或更换。",
    ],
    "decision_admin_penalty__nw54_01_s197_news__pdfplumber.txt": [
        "2026年6月12日，本局执法人员根据群众举报，对当事人位于南湖区滨江路188号的经营场所进行现场检查，发现当事人仓库内存放的一批预包装食品标签标注的生产日期与实际生产日期不符。经本局负责人批准，本局于同日对当事人立案调查。",
        "上述事实，有现场检查笔录、询问笔录、进货单据、销售台账、产品标签照片、当事人营业执照复印件等证据证实，事实清楚，证据确凿。",
        "本局认为，当事人的上述行为违反了《中华人民共和国食品安全法》第七十一条第一款“食品和食品添加剂的标签、说明书，不得含有虚假内容”的规定，构成经营标签含有虚假内容的食品的违法行为。",
    ],
}


def _read(flowed_unheaded, name: str) -> str:
    return "".join(flowed_unheaded((EXTRACTIONS / name).read_text(encoding="utf-8"))).replace(" ", "")


@pytest.mark.parametrize("name", sorted(PARAGRAPHS))
def test_rows_in_rounds_deal_each_column_whole(flowed_unheaded, name):
    read = _read(flowed_unheaded, name)
    for paragraph in PARAGRAPHS[name]:
        assert paragraph in read, paragraph[:12]


@pytest.mark.parametrize("name", sorted(COUNTED))
def test_split_rows_rounds_count_the_third_column(flowed_unheaded, name):
    read = _read(flowed_unheaded, name)
    for paragraph in COUNTED[name]:
        assert paragraph in read, paragraph[:12]
