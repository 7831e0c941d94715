"""Who did what to whom, read from the dependency tree of a sentence.

A trigger is a token whose lemma (or lemma sequence) is a predicate of the language
(:mod:`eventwire.events.predicates`). Its sides come from its relations, not from stretches
of words:

- a verb's subject acts and its object receives; in the passive the agent acts and the
  passive subject receives; a verb with no subject of its own takes it from the verb it is
  coordinated with, from its controller ("agreed to exchange": the subject; "urged X to":
  X), or from the noun a relative or participle clause hangs on;
- a noun's sides are its possessor, a demonym before it, and obliques whose case-marking
  word has a role in the language's data ("against", "contre", "gegen", "против"...);
  a noun that is the object of a plain verb ("launched an attack") takes the verb's subject;
- every conjunct keeps the role of the first ("A, B and C signed");
- the complement of a claim ("accused Y of attacking Z") is claimed by the claimant: its
  events keep their own sides (Y attacked), never the claimant's; the complement of a
  request, threat or halting word is demanded, threatened or stopped: not an event;
- modality from negation, modal and future auxiliaries, future and conditional morphology,
  ``if``-clauses and denial verbs above the trigger.

The result is a list of :class:`Reading`: spans and mentions, turned into events by the coder.
"""

from eventwire.events.tree.common import Reading
from eventwire.events.tree.sentence import SentenceTree

__all__ = ["Reading", "SentenceTree"]
