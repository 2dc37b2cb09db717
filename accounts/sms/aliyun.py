"""Aliyun SMS (短信服务, dysmsapi) ``SendSms`` with the RPC signature version 1.0 (HMAC-SHA1).

The signature follows Aliyun's documented algorithm: sort the parameters, percent-encode names
and values (RFC 3986: only ``A-Za-z0-9-_.~`` unencoded, space as ``%20``), join them with ``&``,
build ``StringToSign = METHOD & %2F & percentEncode(query)`` and sign it with HMAC-SHA1 keyed by
``AccessKeySecret + "&"``. ``tests`` check it against the example in Aliyun's documentation.

Settings: ``ALIYUN_SMS_ACCESS_KEY_ID``, ``ALIYUN_SMS_ACCESS_KEY_SECRET``, ``ALIYUN_SMS_SIGN_NAME``,
``ALIYUN_SMS_TEMPLATE_CODE`` (a template with a ``${code}`` variable),
``ALIYUN_SMS_NOTICE_TEMPLATE_CODE`` (notifications: a template with a ``${title}`` variable, at
most 35 characters are sent in it), ``ALIYUN_SMS_ENDPOINT`` and
``ALIYUN_SMS_TIMEOUT`` (seconds).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import urllib.error
import urllib.request
import uuid
from typing import Any
from urllib.parse import quote

from django.conf import settings

from accounts.sms import SmsError


def percent_encode(value: str) -> str:
    return quote(value, safe="-_.~")


def string_to_sign(params: dict[str, str], method: str = "GET") -> str:
    query = "&".join(f"{percent_encode(k)}={percent_encode(v)}" for k, v in sorted(params.items()))
    return f"{method}&{percent_encode('/')}&{percent_encode(query)}"


def signature(params: dict[str, str], secret: str, method: str = "GET") -> str:
    digest = hmac.new(f"{secret}&".encode(), string_to_sign(params, method).encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def signed_query(params: dict[str, str], secret: str) -> str:
    """The request's query string: the parameters and their ``Signature``, encoded as signed."""
    signed = {**params, "Signature": signature(params, secret)}
    return "&".join(f"{percent_encode(k)}={percent_encode(v)}" for k, v in sorted(signed.items()))


class SmsBackend:
    def __init__(self, **kwargs: Any) -> None:
        self.access_key_id = kwargs.get("access_key_id", settings.ALIYUN_SMS_ACCESS_KEY_ID)
        self.secret = kwargs.get("access_key_secret", settings.ALIYUN_SMS_ACCESS_KEY_SECRET)
        self.sign_name = kwargs.get("sign_name", settings.ALIYUN_SMS_SIGN_NAME)
        self.template_code = kwargs.get("template_code", settings.ALIYUN_SMS_TEMPLATE_CODE)
        self.notice_template_code = kwargs.get(
            "notice_template_code", settings.ALIYUN_SMS_NOTICE_TEMPLATE_CODE
        )
        self.endpoint = kwargs.get("endpoint", settings.ALIYUN_SMS_ENDPOINT)
        self.timeout = kwargs.get("timeout", settings.ALIYUN_SMS_TIMEOUT)

    def params(
        self, phone: str, code: str, template_code: str | None = None, param: dict[str, str] | None = None
    ) -> dict[str, str]:
        return {
            "AccessKeyId": self.access_key_id,
            "Action": "SendSms",
            "Format": "JSON",
            "PhoneNumbers": phone,
            "RegionId": "cn-hangzhou",
            "SignName": self.sign_name,
            "SignatureMethod": "HMAC-SHA1",
            "SignatureNonce": str(uuid.uuid4()),
            "SignatureVersion": "1.0",
            "TemplateCode": template_code or self.template_code,
            "TemplateParam": json.dumps(param if param is not None else {"code": code}),
            "Timestamp": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "Version": "2017-05-25",
        }

    def send_code(self, phone: str, code: str) -> None:
        if not (self.access_key_id and self.secret and self.sign_name and self.template_code):
            raise SmsError("Aliyun SMS is not configured (ALIYUN_SMS_* settings)")
        self._send(self.params(phone, code))

    def send_notice(self, phone: str, text: str) -> None:
        if not (self.access_key_id and self.secret and self.sign_name and self.notice_template_code):
            raise SmsError("Aliyun SMS notices are not configured (ALIYUN_SMS_NOTICE_TEMPLATE_CODE)")
        self._send(self.params(phone, "", self.notice_template_code, {"title": text[:35]}))

    def _send(self, params: dict[str, str]) -> None:
        url = f"{self.endpoint.rstrip('/')}/?{signed_query(params, self.secret)}"
        try:
            try:
                with urllib.request.urlopen(url, timeout=self.timeout) as response:  # noqa: S310 - endpoint from settings
                    body = json.loads(response.read().decode("utf-8"))
            except urllib.error.HTTPError as error:  # Aliyun answers 4xx with a JSON body naming the error
                body = json.loads(error.read().decode("utf-8") or "{}")
        except (OSError, ValueError) as error:
            raise SmsError(f"Aliyun SMS request failed: {error}") from error
        if body.get("Code") != "OK":
            raise SmsError(f"Aliyun SMS refused the message: {body.get('Code')} {body.get('Message')}")
