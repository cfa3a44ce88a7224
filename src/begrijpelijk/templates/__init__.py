"""Letter templates: render a template with its fields into a letter, and write
that letter as .md, .txt, .html or .docx."""
