"""A head set across the columns of a plain ``pdftotext`` page is read whole and first
(``flow._spanning_head``).

Plain text has no cells to show where a column starts, but a line wider than a column that no gutter
cuts is a run of glyphs no single column holds: a title or an abstract set to the full measure over
the columns.  Down to the last such line (a byline between: ``SPAN_HEAD_GAP``) the page's top is its
head, read before the columns are dealt.  Without it the abstract's three full-measure lines were
dealt into the two columns as if they took turns (its middle line sent to the foot).  The snippet is
real: the dev text survey_report_tables set in the dev design ``journal_two_abstract``, read back by
plain ``pdftotext`` (the first page, shortened; the running head and page number dropped).
"""

from __future__ import annotations

JOURNAL_PAGE = '关于全市社区嵌入式养老服务设施运行情况的调研报告\n市政协社会和法制委员会调研组\n为深入了解全市社区嵌入式养老服务设施建设运营情况，今年8月至10月，市政协社会和法制委员会\n组成调研组，先后赴6个区县、23个街道（乡镇）、41个社区实地走访，召开座谈会12场，发放问卷1860\n份，收回有效问卷1712份。现将调研情况报告如下。\n一、基本情况\n（三）坚持医养结合，服务质量持续提升\n截至2026年9月底，全市共建成社区嵌入式养\n全市有214个设施与周边医疗机构签订合作协\n老服务设施386个，其中街道综合养老服务中心64\n议，开展健康体检、慢病管理、家庭医生签约等服\n个、社区养老服务站322个，城市社区覆盖率达到\n务，老年人在家门口就能享受基本医疗服务。\n92.6%，农村社区覆盖率达到58.3%。各类设施共设\n三、存在的主要问题\n置托养床位4218张，日均服务老年人1.9万人次。\n调研中我们也发现，社区嵌入式养老服务设施\n在建设运营中还存在一些问题：一是区域发展不平\n表1：全市社区嵌入式养老服务设施分布情况\n衡，远郊县设施数量少、功能弱，部分农村设施\n区域 设施数量（个） 托养床位（张） 日\n“建而不用”；二是运营可持续性不强，约三成设\n均服务（人次）\n施收支不能平衡，主要依靠政府补贴维持运转；三\n主城区 172 2036 9860\n是专业人才短缺，护理人员平均年龄52岁，持证上\n近郊区 128 1425 6120\n岗率仅为64%。\n远郊县 86 757 3020\n四、意见建议\n合计 386 4218 19000\n（一）加大统筹力度，推动城乡均衡发展\n资料来源：市民政局养老服务信息平台，统计\n建议将远郊县农村养老服务设施建设纳入年度\n截至2026年9月30日。\n民生实事项目，推动区县级养老服务中心向乡镇延\n从服务内容看，助餐、日间照料、康复护理是\n伸服务，建立城区优质机构与农村设施结对帮扶机\n老年人需求最集中的三项服务。问卷显示，有67.\n制。\n'


def test_an_abstract_set_across_the_columns_is_read_whole_before_them(flowed_unheaded):
    found = flowed_unheaded(JOURNAL_PAGE)
    assert found[:5] == ["关于全市社区嵌入式养老服务设施运行情况的调研报告", "市政协社会和法制委员会调研组",
                         "为深入了解全市社区嵌入式养老服务设施建设运营情况，今年8月至10月，市政协社会和法制委员会",
                         "组成调研组，先后赴6个区县、23个街道（乡镇）、41个社区实地走访，召开座谈会12场，发放问卷1860",
                         "份，收回有效问卷1712份。现将调研情况报告如下。"]


def test_a_column_line_under_the_head_is_no_head(flowed_unheaded):
    # the columns' lines below the head are still dealt: the left column's first line goes on in
    # its own next line, not in the right column's beside it
    found = flowed_unheaded(JOURNAL_PAGE)
    left = found.index("截至2026年9月底，全市共建成社区嵌入式养")
    assert found[left + 1] == "老服务设施386个，其中街道综合养老服务中心64"
