"""A signature under a full line that ended a sentence (sign82's ``unwrap._signature_under``) is
asked on every break: ``unwrap.quiet_lines`` — the screen that sends a break between two lines no
evidence reads straight to the measure — marks a body's name that may open a signature, so the pair
is no longer passed by (the lead's review of sign82; before, the name ran into the paragraph over it
where that paragraph's last line filled the measure).  A real page: survey_report_tables × sw25_02
of seed 261 under pypdf (「…建议将养老护理员…率达到90%以上。」 / 「市政协社会和法制委员会」 / the date)."""

from __future__ import annotations

SIGNER = "市政协社会和法制委员会"


def test_the_signature_under_a_full_last_line_is_a_block_of_its_own(extracted, all_text):
    texts = all_text(extracted("survey_report_tables__sw25_02_s261_heading__pypdf.txt")).splitlines()
    assert SIGNER in texts
    assert not any(text.endswith(SIGNER) and text != SIGNER for text in texts)
