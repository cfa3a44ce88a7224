"""The check: a Document is analysed, the rules give findings, scoring gives
the verdict, and a Report goes to a formatter."""
