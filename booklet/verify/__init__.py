"""``booklet verify``: collate versions of one text and check every quotation against its source.

See ``project`` for the entry points, ``report`` for what is found and
``render`` for how it is shown.
"""

from booklet.verify.project import repeated_articles, verify_loaded, verify_project
from booklet.verify.report import VerifyReport

__all__ = ["VerifyReport", "repeated_articles", "verify_loaded", "verify_project"]
