"""Typed schemas of every live-room socket message; unknown types and fields are refused.

Inbound frames are parsed here before a consumer acts on them. Outbound frames are built
from the same models, so the server cannot send a shape that ``docs/realtime.md`` does not
describe. Length limits for text are the service's rules (with translated messages); the
limits here only stop absurd frames.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator

Id = Annotated[int, Field(ge=1, le=2**53)]
Text = Annotated[str, Field(max_length=2000)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Inbound(Strict):
    ref: Annotated[str, Field(max_length=40)] | None = None


class Ping(Inbound):
    type: Literal["ping"]
    received: Annotated[int, Field(ge=0)] = 0


class ChatSend(Inbound):
    type: Literal["chat.send"]
    body: Text


class ChatDelete(Inbound):
    type: Literal["chat.delete"]
    message_id: Id


class ChatMute(Inbound):
    type: Literal["chat.mute"]
    message_id: Id
    minutes: Annotated[int, Field(ge=1, le=24 * 60)] = 10


class QuestionAsk(Inbound):
    type: Literal["question.ask"]
    body: Text


class QuestionVote(Inbound):
    type: Literal["question.vote"]
    question_id: Id


class QuestionModerate(Inbound):
    type: Literal["question.moderate"]
    question_id: Id
    action: Literal["approve", "hide", "answer", "highlight", "unhighlight"]


class CardPin(Inbound):
    type: Literal["card.pin"]
    job_id: Id


class CardUnpin(Inbound):
    type: Literal["card.unpin"]


class JobApply(Inbound):
    type: Literal["job.apply"]
    job_id: Id


class SessionGoLive(Inbound):
    type: Literal["session.go_live"]


class SessionEnd(Inbound):
    type: Literal["session.end"]


InboundMessage = Annotated[
    Ping
    | ChatSend
    | ChatDelete
    | ChatMute
    | QuestionAsk
    | QuestionVote
    | QuestionModerate
    | CardPin
    | CardUnpin
    | JobApply
    | SessionGoLive
    | SessionEnd,
    Field(discriminator="type"),
]
inbound_adapter: TypeAdapter[InboundMessage] = TypeAdapter(InboundMessage)


class ProtocolError(Exception):
    def __init__(self, message: str, ref: str | None = None) -> None:
        super().__init__(message)
        self.message, self.ref = message, ref


def parse_inbound(text: str) -> InboundMessage:
    """The message in ``text``, or ``ProtocolError`` whatever the text is (deep nesting makes
    ``json.loads`` raise ``RecursionError``, huge numbers ``ValueError``)."""
    try:
        data = json.loads(text)
    except RecursionError as error:
        raise ProtocolError("frame is nested too deeply") from error
    except ValueError as error:
        raise ProtocolError("frame is not valid JSON") from error
    ref = data.get("ref") if isinstance(data, dict) and isinstance(data.get("ref"), str) else None
    ref = ref[:40] if ref else None
    try:
        return inbound_adapter.validate_python(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "frame"
        raise ProtocolError(f"{where}: {first['msg']}", ref=ref) from error
    except (RecursionError, ValueError) as error:
        raise ProtocolError("frame is not a message", ref=ref) from error


# --- outbound --------------------------------------------------------------------------------


class ChatMessageOut(Strict):
    id: int
    author: str
    host: bool
    body: str
    at: dt.datetime


class QuestionOut(Strict):
    id: int
    state: Literal["pending", "open", "answered", "hidden"]
    body: str = ""
    author: str = ""
    votes: int = 0
    highlighted: bool = False
    at: dt.datetime | None = None


class CardOut(Strict):
    id: int
    job_id: int
    title: str
    company: str
    city: str
    salary: str
    headcount: int
    url: str


class Viewers(Strict):
    type: Literal["viewers"]
    now: int
    peak: int
    unique: int


class Counters(Strict):
    type: Literal["counters"]
    questions: int
    pending: int
    applications: int
    card_applications: int


class Me(Strict):
    authenticated: bool
    moderator: bool
    student: bool
    muted_until: dt.datetime | None
    voted: list[int]


class SessionOut(Strict):
    id: int
    title: str
    state: Literal["scheduled", "live", "ended"]
    company: str
    moderated: bool


class Snapshot(Strict):
    type: Literal["snapshot"]
    seq: int
    session: SessionOut
    me: Me
    card: CardOut | None
    questions: list[QuestionOut]
    chat: list[ChatMessageOut]
    viewers: Viewers | None
    counters: Counters | None


class Resumed(Strict):
    type: Literal["resumed"]
    seq: int


class StateEvent(Strict):
    seq: int
    type: Literal["state"]
    state: Literal["scheduled", "live", "ended"]


class StageEvent(Strict):
    """The video stage: a publisher is on, has dropped (viewers wait), or the stream closed."""

    seq: int
    type: Literal["stage"]
    stage: Literal["waiting", "live", "reconnecting", "closed", "moving"]  # moving: ask the placement again


class CardEvent(Strict):
    seq: int
    type: Literal["card"]
    card: CardOut | None


class JobWithdrawnEvent(Strict):
    """A featured posting left publication: viewers drop it from the room's job list."""

    seq: int
    type: Literal["job.withdrawn"]
    job_id: int


class ChatEvent(Strict):
    seq: int
    type: Literal["chat.message"]
    message: ChatMessageOut


class ChatDeletedEvent(Strict):
    seq: int
    type: Literal["chat.deleted"]
    id: int


class QuestionEvent(Strict):
    seq: int
    type: Literal["question"]
    question: QuestionOut


class MutedEvent(Strict):
    seq: int
    type: Literal["muted"]
    until: dt.datetime


class CountersEvent(Counters):
    seq: int


class Pong(Strict):
    type: Literal["pong"]
    ref: str | None = None


class Ack(Strict):
    type: Literal["ack"]
    ref: str | None = None
    result: dict[str, str | int | bool | None] = {}


class Error(Strict):
    type: Literal["error"]
    code: Literal[
        "bad_frame",
        "frame_too_large",
        "invalid",
        "forbidden",
        "conflict",
        "rate_limited",
        "login",
        "server_error",
        "too_many_sockets",
    ]
    message: str
    ref: str | None = None
    field: str | None = None


SequencedEvent = Annotated[
    StateEvent
    | StageEvent
    | CardEvent
    | JobWithdrawnEvent
    | ChatEvent
    | ChatDeletedEvent
    | QuestionEvent
    | MutedEvent
    | CountersEvent,
    Field(discriminator="type"),
]


class Batch(Strict):
    """Several events in one frame, in sequence order (``coalesce.py``). ``chat_rate``, the
    room's chat messages per second, is present only while this viewer gets a sample of the
    chat: then some ``chat.message`` events were left out (and only those)."""

    type: Literal["batch"]
    events: Annotated[list[SequencedEvent], Field(min_length=1)]
    chat_rate: Annotated[int, Field(ge=0)] | None = None

    @model_validator(mode="after")
    def in_sequence_order(self) -> Batch:
        numbers = [event.seq for event in self.events]
        if any(later <= earlier for earlier, later in itertools.pairwise(numbers)):
            raise ValueError("batch events must be in increasing seq order")
        return self


OutboundMessage = Annotated[
    Batch
    | Snapshot
    | Resumed
    | StateEvent
    | StageEvent
    | CardEvent
    | JobWithdrawnEvent
    | ChatEvent
    | ChatDeletedEvent
    | QuestionEvent
    | MutedEvent
    | CountersEvent
    | Viewers
    | Pong
    | Ack
    | Error,
    Field(discriminator="type"),
]
outbound_adapter: TypeAdapter[OutboundMessage] = TypeAdapter(OutboundMessage)
