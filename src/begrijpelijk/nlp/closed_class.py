"""Small closed word classes the rules share: one copy of each."""

# the words that address the reader
READER = frozenset({"u", "uw", "je", "jij", "jou", "jouw", "jullie"})
# the reader as the subject of a verb ("als u … informeert", "U kunt …")
READER_SUBJECT = frozenset({"u", "je", "jij"})
# the sender speaking of itself
SENDER = frozenset({"wij", "we", "ons", "onze"})
ARTICLES = frozenset({"de", "het", "een"})
