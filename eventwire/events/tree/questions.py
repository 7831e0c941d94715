"""Indirect questions: "asked whether Estonia would close the border", "ob Estland die Grenze
schließen werde", "закроет ли Эстония границу", "preguntado si Estonia cerraría la frontera".
What a question asks about is neither told nor planned, so it is no event; and asking a
question is no demand ("asked whether X would ..." asks X for nothing)."""

from __future__ import annotations

from typing import Any

from eventwire.events.tree.common import Reading, base
from eventwire.events.tree.words import TreeWords

# relations by which a word opening the question hangs on the question's verb
OPENER_RELATIONS = frozenset({"mark", "advmod", "cc", "discourse"})


class Questions(TreeWords):
    """The indirect questions of a sentence and the readings they void."""

    def question_verbs(self) -> list[Any]:
        """The verbs that head an indirect question: with a child of the language's
        ``question_marks`` ("whether", "ob", "ли", "чи"), or with the language's "if" right
        after a word of asking ("asked if", "la domanda se")."""
        marks, asking = self.grammar.question_marks, self.grammar.asking_words
        if not marks and not asking:
            return []
        found = []
        for token in self.tokens:
            if not self.verbal(token) or base(token.dep_) == "conj":
                continue  # "attacks or withdraws": a conjunct joined by "or", no question
            for child in self.children(token):
                if base(child.dep_) not in OPENER_RELATIONS:
                    continue
                if self.lemma(child) in marks or (
                        (self.lemma(child),) in self.lex.if_marks and self.after_asking(child)):
                    found.append(token)
                    break
        return found

    def after_asking(self, opener: Any) -> bool:
        """Whether the word before ``opener`` (past commas) is a word of asking."""
        i = opener.i - 1
        while i >= 0 and self.tokens[i].is_punct:
            i -= 1
        return i >= 0 and (self.lemma(self.tokens[i]) in self.grammar.asking_words
                           or self.tokens[i].text.lower() in self.grammar.asking_words)

    def asked_questions(self, by_token: dict[int, Reading]) -> None:
        """Drop the readings inside an indirect question, and the demand of the verb that
        asks it when the question is all it asks."""
        for verb in self.question_verbs():
            inside = {w.i for w in verb.subtree}
            for i in [i for i in by_token if i in inside]:
                del by_token[i]
            asker = by_token.get(verb.head.i) if verb.head.i != verb.i else None
            if asker is not None and asker.predicate.kind == "request" and not any(
                    base(c.dep_) in ("xcomp", "ccomp") and c.i != verb.i
                    for c in self.children(verb.head)):
                del by_token[verb.head.i]
