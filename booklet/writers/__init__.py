"""Writers: PDF (reportlab), DOCX (python-docx) and Markdown (jinja2) from the model."""
