"""The Aliyun SMS adapter: its signature against Aliyun's documented example, and a real HTTP
exchange with a local server that checks the signature the way Aliyun does (no network)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

import pytest

from accounts.sms import SmsError, aliyun

# The example in Aliyun's SMS documentation (短信服务 HTTP 协议及签名, "签名示例"):
# AccessKeyId testId, AccessKeySecret testSecret, these parameters, GET.
DOC_PARAMS = {
    "SignatureMethod": "HMAC-SHA1",
    "SignatureNonce": "45e25e9b-0a6f-4070-8c85-2956eda1b466",
    "AccessKeyId": "testId",
    "SignatureVersion": "1.0",
    "Timestamp": "2017-07-12T02:42:19Z",
    "Format": "XML",
    "Action": "SendSms",
    "Version": "2017-05-25",
    "RegionId": "cn-hangzhou",
    "PhoneNumbers": "15300000001",
    "SignName": "阿里云短信测试专用",
    "TemplateParam": '{"customer":"test"}',
    "TemplateCode": "SMS_71390007",
    "OutId": "123",
}
DOC_STRING_TO_SIGN = (
    "GET&%2F&AccessKeyId%3DtestId%26Action%3DSendSms%26Format%3DXML%26OutId%3D123%26PhoneNumbers%3D15300000001"
    "%26RegionId%3Dcn-hangzhou%26SignName%3D%25E9%2598%25BF%25E9%2587%258C%25E4%25BA%2591%25E7%259F%25AD%25E4"
    "%25BF%25A1%25E6%25B5%258B%25E8%25AF%2595%25E4%25B8%2593%25E7%2594%25A8%26SignatureMethod%3DHMAC-SHA1"
    "%26SignatureNonce%3D45e25e9b-0a6f-4070-8c85-2956eda1b466%26SignatureVersion%3D1.0%26TemplateCode"
    "%3DSMS_71390007%26TemplateParam%3D%257B%2522customer%2522%253A%2522test%2522%257D%26Timestamp"
    "%3D2017-07-12T02%253A42%253A19Z%26Version%3D2017-05-25"
)
DOC_SIGNATURE = "zJDF+Lrzhj/ThnlvIToysFRq6t4="


def test_the_string_to_sign_and_signature_match_aliyuns_documented_example():
    assert aliyun.string_to_sign(DOC_PARAMS) == DOC_STRING_TO_SIGN
    assert aliyun.signature(DOC_PARAMS, "testSecret") == DOC_SIGNATURE
    assert "Signature=zJDF%2BLrzhj%2FThnlvIToysFRq6t4%3D" in aliyun.signed_query(DOC_PARAMS, "testSecret")


def test_percent_encoding_follows_aliyuns_rules():
    assert aliyun.percent_encode("a b*c~d") == "a%20b%2Ac~d"


class FakeAliyun(BaseHTTPRequestHandler):
    """Checks each request's signature as the provider does, answers like dysmsapi."""

    secret = "server-side-secret"
    received: list[dict[str, str]] = []

    def do_GET(self) -> None:
        params = dict(parse_qsl(urlsplit(self.path).query, keep_blank_values=True))
        FakeAliyun.received.append(params)
        claimed = params.pop("Signature", "")
        if claimed != aliyun.signature(params, self.secret):
            status, body = (
                400,
                {"Code": "SignatureDoesNotMatch", "Message": "Specified signature is not matched"},
            )
        else:
            status, body = 200, {"Code": "OK", "Message": "OK", "BizId": "900619746936498440^0"}
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def fake_aliyun():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeAliyun)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakeAliyun.received = []
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def backend(endpoint: str, secret: str) -> aliyun.SmsBackend:
    return aliyun.SmsBackend(
        access_key_id="LTAI-test",
        access_key_secret=secret,
        sign_name="山海有约",
        template_code="SMS_123456789",
        endpoint=endpoint,
        timeout=5,
    )


def test_sendsms_is_signed_and_accepted(fake_aliyun):
    backend(fake_aliyun, FakeAliyun.secret).send_code("13912345678", "042917")
    (params,) = FakeAliyun.received
    assert params["Action"] == "SendSms" and params["PhoneNumbers"] == "13912345678"
    assert json.loads(params["TemplateParam"]) == {"code": "042917"}
    assert params["SignName"] == "山海有约" and params["Version"] == "2017-05-25"


def test_a_refusal_raises_with_the_providers_code(fake_aliyun):
    with pytest.raises(SmsError, match="SignatureDoesNotMatch"):
        backend(fake_aliyun, "wrong-secret").send_code("13912345678", "042917")


def test_an_unconfigured_backend_refuses_to_send(settings):
    settings.ALIYUN_SMS_ACCESS_KEY_ID = ""
    with pytest.raises(SmsError, match="not configured"):
        aliyun.SmsBackend().send_code("13912345678", "042917")
