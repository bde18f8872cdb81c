"""The store's rule for passphrases: long enough, and hard to guess for someone who knows the
office (its name and country count for nothing). The same in first run, a change of
passphrase, a re-key and the CLI; its messages are `fieldapp.domain.validation`'s."""

from __future__ import annotations

import re

from fieldapp.domain.codelists import codelists
from fieldapp.domain.validation import Problem, problem

MIN_PASSPHRASE_LENGTH = 10
# zxcvbn's score 3 ("safely unguessable": over 10^8 guesses). With Argon2id at about 0.5 s a
# guess, that is years for one computer; the score is what a guesser's word lists and
# patterns make of it, so "aaaaaaaaaa" or the office's name count for what they are.
MIN_PASSPHRASE_SCORE = 3
PASSPHRASE_SCORED_CHARS = 100  # zxcvbn slows on long input; what follows adds strength anyway
# The example the message gives, in English and in French (see the .ts): copied as is, it is
# refused like the office's name.
PASSPHRASE_EXAMPLES = ("orbit copper meadow lantern", "orbite cuivre prairie lanterne")
PASSPHRASE_OWN_WORDS = ("fieldapp", "unoct", "passphrase", "password", "motdepasse")


def passphrase_problems(
    passphrase: str, *, office_name: str = "", country: str = ""
) -> list[Problem]:
    """A passphrase that is long enough and not easy to guess (zxcvbn score 3 or more).

    The office's name and country, the app's own words and the message's example count for
    nothing: a guesser who holds the laptop knows them, so they are taken out before scoring
    (and given to zxcvbn too, for their misspelt forms). The message never repeats the
    passphrase."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return [problem("passphrase", "passphrase_short", n=MIN_PASSPHRASE_LENGTH)]
    from zxcvbn import zxcvbn  # imported here: the first window does not need it

    known = _passphrase_context(office_name, country)
    pattern = "|".join(re.escape(w) for w in sorted(known, key=len, reverse=True))
    rest = re.sub(rf"(?<!\w)(?:{pattern})(?!\w)", " ", passphrase, flags=re.IGNORECASE)
    rest = " ".join(rest.split())[:PASSPHRASE_SCORED_CHARS]
    if rest:
        result = zxcvbn(rest, user_inputs=known, max_length=PASSPHRASE_SCORED_CHARS)
        if result["score"] >= MIN_PASSPHRASE_SCORE:
            return []
    guesses = int(float(f"{float(result['guesses']) if rest else 1.0:.2g}"))  # two figures
    return [problem("passphrase", "passphrase_weak", guesses=guesses)]


def _passphrase_context(office_name: str, country: str) -> list[str]:
    """Words a guesser would try first: the office's name (whole and word by word), its
    country (code and name), the app's own words and the message's example."""
    words = [office_name, *re.findall(r"\w+", office_name)]
    if country:
        words += [country, codelists().countries.get(country, "")]
    words += [*PASSPHRASE_OWN_WORDS, *PASSPHRASE_EXAMPLES]
    return list(dict.fromkeys(w.strip() for w in words if w.strip()))
