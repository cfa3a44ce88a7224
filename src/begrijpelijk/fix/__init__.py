"""Fixes: the rules' own edits, checked in their sentence, applied to text and
.docx, shown as a diff and written safely."""
