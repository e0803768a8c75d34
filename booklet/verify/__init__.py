"""``booklet verify``: collate versions of one text and check every quotation against its source.

Entry points: ``project.verify_project`` (everything), ``project.load_for_verify``
+ ``project.verify_loaded`` (on sources already loaded, for ``check``),
``same.repeated_articles`` (the booklet's repeated texts, for ``build``).
``report`` holds what is found and ``render`` shows it, in the interface
language.  Nothing is imported here, so ``build`` pays only for what it uses.
"""
