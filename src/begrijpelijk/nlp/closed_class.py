"""Small closed word classes the rules share: one copy of each."""

# the words that address the reader
READER = frozenset({"u", "uw", "je", "jij", "jou", "jouw", "jullie"})
# the reader as the subject of a verb ("als u … informeert", "U kunt …")
READER_SUBJECT = frozenset({"u", "je", "jij"})
# the sender speaking of itself
SENDER = frozenset({"wij", "we", "ons", "onze"})
ARTICLES = frozenset({"de", "het", "een"})
# short Dutch words that, in capitals, are emphasis and no abbreviation: "Dit is NIET de bedoeling",
# "Let OP", "u EN uw partner", "of u VOOR of TEGEN stemt"
EMPHASIS = frozenset({"NIET", "WEL", "GEEN", "NOOIT", "OOK", "ALLE", "ALLEEN", "NU", "IN", "UIT", "OP", "EN", "OF", "JA",
                      "NEE", "MAG", "MOET", "ZELF", "VOOR", "TEGEN", "ALTIJD", "ZEKER", "ALLES"})
