"""booklet — compile Chinese study booklets (学习专刊) from a YAML manifest.

Readers turn sources into the document model (``booklet.model``), the cleaner
repairs PDF-extraction damage, and writers render PDF, DOCX and Markdown.
"""

__version__ = "0.1.0"
