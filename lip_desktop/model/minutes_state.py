"""The state of a session's minutes: Entwurf → versandt → genehmigt, with a version.

A facilitator writes the minutes after a session (Entwurf), sends them to the group
(versandt, on a date they type), and the group approves them at a later session, often
with corrections ("genehmigt mit folgenden Korrekturen …"). These are the rules of that
path, as pure functions on plain values, so the service, the Word minutes and the screens
share them:

- **Order.** Only ``draft → sent → approved``. Sending needs the session closed (the
  minutes of a running session are provisional) and a sent date not before the session.
  Approval needs sent minutes and happens *in* a later session of the same group (the one
  whose agenda holds "Genehmigung des Protokolls vom …").
- **Version.** Each sending is a version: the first sending is version 1, and minutes
  reopened and sent again are version 2, and so on. Approving does not raise the version:
  the approved minutes are the version sent, plus the corrections recorded at approval
  (the Word minutes list them under "Korrekturen").
- **Frozen.** Approved minutes accept no sending and no second approval; they change only
  after an explicit reopening (:func:`reopen`), which the service records in the change
  history. Reopening returns them to Entwurf without the approval and its corrections
  (the corrected text is the next version); the approval decision in the approving
  session stays, as what that session decided.

The state is local to the catalogue file: the interchange format has no key for it. What
travels is the approval as an ordinary decision of the approving session
(:func:`approval_decision_text`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Final

from lip_desktop.model.dates import german, parse_datetime
from lip_desktop.model.errors import ConflictError, ValidationError

STATES: Final = ("draft", "sent", "approved")
#: German names of the states, as the Word minutes and the screens show them.
STATE_LABELS: Final = {"draft": "Entwurf", "sent": "versandt", "approved": "genehmigt"}
#: The longest correction kept (one correction is a sentence or a short paragraph).
MAX_CORRECTION: Final = 2000
#: All corrections together: they are listed in the approval decision, whose text the
#: interchange format limits to 16,000 characters.
MAX_CORRECTIONS_TOTAL: Final = 12_000
#: How an approval item of a later session's agenda is titled.
APPROVAL_TITLE: Final = "Genehmigung des Protokolls vom {day}"


@dataclass(frozen=True, slots=True)
class MeetingFacts:
    """What the rules need of a session: to name it in refusals and to order sessions."""

    id: str
    title: str
    starts_at: str  # stored ISO moment
    status: str  # planned / running / closed
    group_id: str

    @property
    def day(self) -> str:
        """The stored day ("2026-03-12"); messages and documents show it German."""
        return self.starts_at[:10]


@dataclass(frozen=True, slots=True)
class MinutesStatus:
    """The minutes of session ``session_id`` as far as they have come.

    ``version`` 0: never sent. ``sent_on`` is the stored day of the last sending.
    ``approved_in`` is the approving session (with its title and begin, so documents can
    name it without a lookup); ``approval_item_id`` the agenda item of a later session
    planned for the approval (or used for it). ``corrections`` are those recorded at
    approval.
    """

    session_id: str
    state: str = "draft"
    version: int = 0
    sent_on: str | None = None
    approved_in: str | None = None
    approved_in_title: str = ""
    approved_in_starts_at: str = ""
    approval_item_id: str | None = None
    corrections: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)


def _refuse(code: str, session: MeetingFacts, **params: str) -> ConflictError:
    return ConflictError(code, record=session.title, day=session.day, **params)


def _frozen(status: MinutesStatus, session: MeetingFacts) -> ConflictError:
    return _refuse("minutes_frozen", session, other=status.approved_in_title,
                   other_day=status.approved_in_starts_at[:10])


def parse_sent_on(text: str, session: MeetingFacts) -> str:
    """The stored day for a sent date typed the German way ("15.03.2026").

    Raises ``ValidationError`` naming the session and the field "Versandt am".
    """
    moment = parse_datetime(text)
    if moment is None:
        raise ValidationError("minutes_bad_day", record=session.title, day=session.day,
                              value=text.strip(), field="Versandt am", field_key="sent_on")
    return moment[:10]


def send(status: MinutesStatus, session: MeetingFacts, sent_on: str) -> MinutesStatus:
    """The minutes sent on ``sent_on`` (stored day): the next version.

    Refused for approved minutes (frozen), for minutes already sent (reopen first, so a
    second sending is a new version), for a session not closed yet, and for a date before
    the session.
    """
    if status.state == "approved":
        raise _frozen(status, session)
    if status.state != "draft":
        raise _refuse("minutes_state", session, action="Als versandt markieren",
                      state=status.label)
    if session.status != "closed":
        raise _refuse("minutes_not_closed", session)
    if sent_on < session.day:
        raise _refuse("minutes_sent_early", session, value=german(sent_on))
    return replace(status, state="sent", version=status.version + 1, sent_on=sent_on)


def clean_corrections(texts: Iterable[str], session: MeetingFacts) -> tuple[str, ...]:
    """The corrections as recorded: trimmed, empty ones left out, each at most
    :data:`MAX_CORRECTION` characters (longer is refused, never cut)."""
    out = []
    for text in texts:
        # One line each; control characters (from a paste) would break Word and the JSON.
        value = "".join(c for c in " ".join(text.split()) if c >= " " and c != "\x7f")
        if not value:
            continue
        if len(value) > MAX_CORRECTION:
            raise ValidationError("too_long", record_type="Protokoll der Sitzung",
                                  record=f"„{session.title}“", field="Korrekturen",
                                  field_key="corrections", length=len(value),
                                  limit=MAX_CORRECTION)
        out.append(value)
    total = sum(len(v) for v in out)
    if total > MAX_CORRECTIONS_TOTAL:
        raise ValidationError("too_long", record_type="Protokoll der Sitzung",
                              record=f"„{session.title}“", field="Korrekturen",
                              field_key="corrections", length=total,
                              limit=MAX_CORRECTIONS_TOTAL)
    return tuple(out)


def check_approver(status: MinutesStatus, session: MeetingFacts,
                   approver: MeetingFacts) -> None:
    """Whether ``approver`` may hold the approval of ``session``'s minutes: a later
    session of the same group, and minutes not approved yet."""
    if status.state == "approved":
        raise _frozen(status, session)
    if approver.group_id != session.group_id or approver.starts_at <= session.starts_at:
        raise _refuse("minutes_approver", session, other=approver.title,
                      other_day=approver.day)


def approve(status: MinutesStatus, session: MeetingFacts, approver: MeetingFacts,
            corrections: Iterable[str], item_id: str | None = None) -> MinutesStatus:
    """The minutes approved in ``approver`` with ``corrections`` (may be none).

    Refused unless the minutes were sent and ``approver`` is a later session of the same
    group; approved minutes stay approved (frozen).
    """
    check_approver(status, session, approver)
    if status.state != "sent":
        raise _refuse("minutes_state", session, action="Genehmigen", state=status.label)
    return replace(status, state="approved", approved_in=approver.id,
                   approved_in_title=approver.title, approved_in_starts_at=approver.starts_at,
                   approval_item_id=item_id or status.approval_item_id,
                   corrections=clean_corrections(corrections, session))


def reopen(status: MinutesStatus, session: MeetingFacts) -> MinutesStatus:
    """Back to Entwurf (to correct and send again as the next version), explicitly.

    The approval and its corrections leave the state (the change history keeps them);
    the planned approval item stays linked, so the next sending can be approved there.
    """
    if status.state == "draft":
        raise _refuse("minutes_state", session, action="Wieder öffnen", state=status.label)
    return replace(status, state="draft", approved_in=None, approved_in_title="",
                   approved_in_starts_at="", corrections=())


def approval_item_title(session: MeetingFacts) -> str:
    """"Genehmigung des Protokolls vom 12.03.2026"."""
    return APPROVAL_TITLE.format(day=german(session.day))


def approval_decision_text(session: MeetingFacts, status: MinutesStatus) -> str:
    """The approval as a decision of the approving session (it travels in the JSON).

    "Protokoll der Sitzung vom 12.03.2026 (Version 2) genehmigt, mit 2 Korrekturen:
    1. …; 2. …" or "… genehmigt, ohne Korrekturen."
    """
    head = (f"Protokoll der Sitzung vom {german(session.day)} (Version {status.version}) "
            "genehmigt")
    n = len(status.corrections)
    if not n:
        return f"{head}, ohne Korrekturen."
    listed = "; ".join(f"{i}. {text}" for i, text in enumerate(status.corrections, 1))
    word = "Korrektur" if n == 1 else "Korrekturen"
    return f"{head}, mit {n} {word}: {listed}"


def state_line(status: MinutesStatus) -> str:
    """One line for the Word minutes and the screens.

    "Entwurf (noch nicht versandt)", "Entwurf von Version 2 (Version 1 versandt am
    15.03.2026)", "Version 1, versandt am 15.03.2026", "Version 1, versandt am
    15.03.2026, genehmigt in der Sitzung „5. Sitzung“ vom 20.04.2026 mit 2 Korrekturen".
    """
    if status.state == "draft":
        if status.version == 0:
            return "Entwurf (noch nicht versandt)"
        sent = f", versandt am {german(status.sent_on)}" if status.sent_on else ""
        return f"Entwurf von Version {status.version + 1} (Version {status.version}{sent})"
    line = f"Version {status.version}, versandt am {german(status.sent_on or '')}"
    if status.state != "approved":
        return line
    n = len(status.corrections)
    how = ("ohne Korrekturen" if not n else
           f"mit {n} Korrektur{'en' if n != 1 else ''}")
    return (f"{line}, genehmigt in der Sitzung „{status.approved_in_title}“ vom "
            f"{german(status.approved_in_starts_at[:10])} {how}")


def short_label(status: MinutesStatus) -> str:
    """The state in a few words, for the page header of the Word minutes and lists:
    "Entwurf", "Entwurf von Version 2", "Version 1, versandt", "Version 1, genehmigt"."""
    if status.state == "draft":
        return "Entwurf" if status.version == 0 else f"Entwurf von Version {status.version + 1}"
    return f"Version {status.version}, {status.label}"
