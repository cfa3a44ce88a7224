"""Small closed word classes the rules share: one copy of each."""

# the words that address the reader
READER = frozenset({"u", "uw", "je", "jij", "jou", "jouw", "jullie"})
# the sender speaking of itself
SENDER = frozenset({"wij", "we", "ons", "onze"})
ARTICLES = frozenset({"de", "het", "een"})
