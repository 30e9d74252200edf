"""When a chat's daily digests go after a change of time or zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from .storage.digests import next_occurrence, scheduled_occurrence, slot_date


@dataclass(frozen=True, slots=True)
class SchedulePlan:
    """The chat's next daily digest after it subscribes or moves its time or zone.

    ``skip``: slots that must not be sent, each with its mark's time (``DigestStore.skip_slot``);
    ``owed``: slots that must be free to be sent, each with the first instant of its date.
    """

    slot: str
    at: datetime  # in the chat's zone; already passed when ``due_now``
    due_now: bool
    skip: tuple[tuple[str, datetime], ...]
    owed: tuple[tuple[str, datetime], ...]


def plan_schedule(
    now: datetime,
    *,
    at: time,
    zone: ZoneInfo,
    last_digest: datetime | None,
    last_mark: datetime | None,
    subscribing: bool = False,
) -> SchedulePlan:
    """Where the daily digests go on after a change of time or zone (or a new subscription).

    The rule: one daily digest for every calendar day of the chat's zone, at its time.

    * A day that already had a digest (``last_digest``, wherever it was sent from) gets no
      second one: moved further west or to a later hour right after a digest, the next comes
      the next day.
    * The days after it are owed theirs at the new time, even one whose date an earlier zone's
      digest already carried (Tokyo's 08:00 of 15 June is 23:00 UTC on the 14th: moved to UTC,
      15 June still gets its 08:00).
    * If the new time already passed today and today has had no digest, today's comes now
      rather than being lost (moved east, or to an earlier hour), unless the chat subscribed
      today (``subscribing``, or ``last_mark`` today): it was never promised a digest for a
      time passed before it subscribed, so its first comes at the next time.

    So that ``last_mark`` can be read back as "subscribed then", a subscription dates its mark
    at its moment, and a change dates its marks at the chat's previous settled time (its latest
    digest or mark; ``now`` if it has neither), never at the occurrence a mark stands for: that
    instant can fall on today in another zone (London's 20:00 is 15:00 in New York), and a chat
    moved there and back after its time would read as subscribed today and lose today's digest.

    Never two digests with the same items either way: each covers what came since the last.
    Dates come from ``zoneinfo``, so DST days are handled as in ``scheduled_occurrence``.
    """
    today = now.astimezone(zone).date()
    settled = max((t for t in (last_digest, last_mark) if t is not None), default=None)
    had_digest = last_digest.astimezone(zone).date() if last_digest is not None else None
    skip: list[tuple[str, datetime]] = []
    owed: list[tuple[str, datetime]] = []
    # A change is no new start: its marks keep the chat's settled time (see above).
    mark_time = (
        now
        if subscribing
        else max((t for t in (last_digest, last_mark) if t is not None and t <= now), default=now)
    )
    passed_slot, passed = scheduled_occurrence(now, at=at, zone=zone)
    due_now = (
        not subscribing
        and slot_date(passed_slot) == today
        and settled is not None  # no history at all: nothing to say a day would be lost
        and settled.astimezone(zone).date() < today
    )
    if due_now:
        owed.append((passed_slot, passed))
    else:
        skip.append((passed_slot, mark_time))
    slot, upcoming = next_occurrence(now, at=at, zone=zone)
    if had_digest is not None and slot_date(slot) <= had_digest:
        skip.append((slot, upcoming if subscribing else mark_time))
        slot, upcoming = next_occurrence(upcoming, at=at, zone=zone)
    owed.append((slot, upcoming))
    first, when = owed[0]
    return SchedulePlan(
        slot=first,
        at=when.astimezone(zone),
        due_now=due_now,
        skip=tuple(skip),
        owed=tuple((s, _day_start(s, zone)) for s, _ in owed),
    )


def _day_start(slot: str, zone: ZoneInfo) -> datetime:
    return datetime.combine(slot_date(slot), time(0), tzinfo=zone).astimezone(UTC)
