"""Pluggable providers, chosen by setting like Django's e-mail backends:

* ``CAREERS_LLM_BACKEND``: ``careers.providers.EmbeddedLLM`` (default: no provider; the
  rule-based feedback stands alone) or ``careers.providers.OpenAICompatibleLLM`` (POST
  ``{CAREERS_LLM_BASE_URL}/chat/completions``, the OpenAI chat-completions format that DeepSeek,
  Qwen (DashScope compatible mode) and others accept).
* ``CAREERS_STT_BACKEND``: ``careers.providers.NoSTT`` (default: answers are typed) or
  ``careers.providers.OpenAICompatibleSTT`` (POST ``{CAREERS_STT_BASE_URL}/audio/transcriptions``,
  multipart with ``file`` and ``model``; the answer's JSON has ``text``).

Every provider call runs in a task on the queue (careers/tasks.py), never in a request, and
each HTTP call is bounded by ``CAREERS_PROVIDER_TIMEOUT`` seconds.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from typing import Any, Protocol

from django.conf import settings
from django.utils.module_loading import import_string


class ProviderError(Exception):
    """A provider did not answer, or answered something unusable."""


class LLMBackend(Protocol):
    configured: bool

    def stronger_answer(self, question: str, answer: str, keywords: list[str]) -> str | None: ...


class STTBackend(Protocol):
    configured: bool

    def transcribe(self, audio: bytes, filename: str, content_type: str) -> str: ...


class EmbeddedLLM:
    configured = False

    def stronger_answer(self, question: str, answer: str, keywords: list[str]) -> str | None:
        return None  # the rule-based example in careers.feedback is used


class NoSTT:
    configured = False

    def transcribe(self, audio: bytes, filename: str, content_type: str) -> str:
        raise ProviderError("no speech-to-text provider is configured")


def _post(url: str, body: bytes, content_type: str, api_key: str) -> dict[str, Any]:
    if not url.startswith(("https://", "http://")):
        raise ProviderError(f"{url!r} is not an http(s) URL: check CAREERS_*_BASE_URL")
    request = urllib.request.Request(url, data=body, method="POST")  # noqa: S310 - scheme checked above
    request.add_header("Content-Type", content_type)
    request.add_header("Accept", "application/json")
    if api_key:
        request.add_header("Authorization", f"Bearer {api_key}")
    try:
        with urllib.request.urlopen(request, timeout=settings.CAREERS_PROVIDER_TIMEOUT) as response:  # noqa: S310
            payload = response.read(2_000_000)
    except urllib.error.HTTPError as error:
        raise ProviderError(f"{url} answered {error.code}") from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise ProviderError(f"{url} did not answer: {error}") from error
    try:
        data = json.loads(payload)
    except ValueError as error:
        raise ProviderError(f"{url} answered something that is not JSON") from error
    if not isinstance(data, dict):
        raise ProviderError(f"{url} answered an unexpected shape")
    return data


class OpenAICompatibleLLM:
    configured = True

    def __init__(self) -> None:
        self.base = settings.CAREERS_LLM_BASE_URL.rstrip("/")
        self.key = settings.CAREERS_LLM_API_KEY
        self.model = settings.CAREERS_LLM_MODEL

    def stronger_answer(self, question: str, answer: str, keywords: list[str]) -> str | None:
        prompt = (
            "你是高校就业指导老师。下面是一道面试题和一位应届毕业生的回答。"
            "请按 STAR（情境、任务、行动、结果）"
            "结构，用 200 字以内的中文写一个更好的示范回答，保留学生真实的经历要点，不要编造具体公司名；"
            + (f"尽量自然地体现这些岗位关键词：{'、'.join(keywords[:6])}。" if keywords else "")
            + "只输出示范回答本身。"
        )
        body = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": prompt},
                {"role": "user", "content": f"面试题：{question}\n学生的回答：{answer}"},
            ],
            "temperature": 0.3,
            "max_tokens": 600,
        }
        data = _post(f"{self.base}/chat/completions", json.dumps(body).encode(), "application/json", self.key)
        try:
            content = data["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError) as error:
            raise ProviderError("chat completion without choices[0].message.content") from error
        return str(content).strip()[:1200] or None


class OpenAICompatibleSTT:
    configured = True

    def __init__(self) -> None:
        self.base = settings.CAREERS_STT_BASE_URL.rstrip("/")
        self.key = settings.CAREERS_STT_API_KEY
        self.model = settings.CAREERS_STT_MODEL

    def transcribe(self, audio: bytes, filename: str, content_type: str) -> str:
        boundary = uuid.uuid4().hex
        parts = []
        for name, value in (("model", self.model), ("language", "zh"), ("response_format", "json")):
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
            )
        parts.append(
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
                f"Content-Type: {content_type}\r\n\r\n"
            ).encode()
            + audio
            + b"\r\n"
        )
        parts.append(f"--{boundary}--\r\n".encode())
        data = _post(
            f"{self.base}/audio/transcriptions",
            b"".join(parts),
            f"multipart/form-data; boundary={boundary}",
            self.key,
        )
        text = data.get("text")
        if not isinstance(text, str):
            raise ProviderError("transcription without text")
        return text.strip()


def llm() -> LLMBackend:
    backend: LLMBackend = import_string(settings.CAREERS_LLM_BACKEND)()
    return backend


def stt() -> STTBackend:
    backend: STTBackend = import_string(settings.CAREERS_STT_BACKEND)()
    return backend
