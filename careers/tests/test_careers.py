# ruff: noqa: E501
"""Career services through HTTP: resume, PDF, apply with it, import, diagnosis, interviews,
providers against local servers speaking the OpenAI-compatible formats, privacy."""

from __future__ import annotations

import io
import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import docx
import pytest
from django.test import Client
from pypdf import PdfReader

from background.testing import drain
from careers import pdf, services
from careers.models import Answer, Diagnosis, Entry, Interview, Resume, Usage
from careers.templatetags.careers_text import careers_text
from jobs.models import Application
from privacy.erasure import erasers
from privacy.exports import exporters
from tests.factories import make_company, make_job, make_recruiter, make_student

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    company = make_company()
    job = make_job(
        company,
        "数据分析师",
        description="岗位职责：\n1. 搭建业务数据看板；\n任职要求：熟悉SQL、Python，有Tableau经验。",
    )
    student = make_student()
    return job, student


def client_for(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def fill_resume(student) -> Resume:
    resume = services.resume_for(student)
    resume.email = "alice@example.com"
    resume.objective = "数据分析师"
    resume.skills = "SQL\nPython\nExcel"
    resume.self_evaluation = "踏实肯干，做事有条理，喜欢把复杂问题拆成小步骤逐个解决。"
    resume.save()
    Entry.objects.create(resume=resume, section="internship", title="云岭数据服务有限公司", role="数据分析实习生",
                         start="2024-07", end="2024-09", details="参与周报整理")  # fmt: skip
    return resume


def test_a_student_edits_sections_and_downloads_a_pdf_with_chinese_text(world):
    _job, student = world
    c = client_for(student)
    page = c.get("/careers/")
    assert (page.status_code == 200 and "简历完整度".encode() in page.content) or b"complete" in page.content
    r = c.post("/careers/resume/project/", {
        "e-TOTAL_FORMS": "1", "e-INITIAL_FORMS": "0", "e-MIN_NUM_FORMS": "0", "e-MAX_NUM_FORMS": "12",
        "e-0-title": "校园二手交易小程序", "e-0-role": "后端开发", "e-0-start": "2024-03", "e-0-end": "2024-06",
        "e-0-details": "用Django实现订单模块，上线后服务 1200 名同学",
    })  # fmt: skip
    assert r.status_code == 302
    page = c.get("/careers/resume/").content.decode()
    assert '项目经历</a> <span class="small">1 段</span>' in page and "未填写" in page
    bad = c.post("/careers/resume/project/", {
        "e-TOTAL_FORMS": "1", "e-INITIAL_FORMS": "0", "e-MIN_NUM_FORMS": "0", "e-MAX_NUM_FORMS": "12",
        "e-0-title": "x", "e-0-start": "2024-13",
    })  # fmt: skip
    assert bad.status_code == 200 and Entry.objects.filter(section="project").count() == 1
    # Each section names its fields in its own words; an award has a date, not a period.
    assert "单位" in c.get("/careers/resume/internship/").content.decode()
    award_page = c.get("/careers/resume/award/").content.decode()
    assert "奖项或证书" in award_page and "获得时间" in award_page and 'name="e-0-end"' not in award_page
    r = c.post("/careers/resume/award/", {
        "e-TOTAL_FORMS": "1", "e-INITIAL_FORMS": "0", "e-MIN_NUM_FORMS": "0", "e-MAX_NUM_FORMS": "12",
        "e-0-title": "全国大学生数学建模竞赛省级一等奖", "e-0-start": "2024-09",
    })  # fmt: skip
    assert r.status_code == 302
    assert "2024.09  全国大学生数学建模竞赛省级一等奖" in services.resume_text(
        Resume.objects.get(user=student)
    )
    for template in ("classic", "modern", "compact"):
        pdf = c.get(f"/careers/resume/pdf/?template={template}")
        assert pdf["Content-Type"] == "application/pdf"
        text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
        assert "校园二手交易小程序" in text and "项目经历" in text
    percent, missing = services.completeness(Resume.objects.get(user=student))
    assert 0 < percent < 100 and missing


def resume_pdf(student, setting: str, settings) -> PdfReader:
    settings.CAREERS_PDF_FONT = setting
    pdf.font_name.cache_clear()
    try:
        return PdfReader(io.BytesIO(services.render_pdf(Resume.objects.get(user=student))))
    finally:
        pdf.font_name.cache_clear()


@pytest.mark.parametrize("setting", ["", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#0"])
def test_the_resume_pdf_embeds_a_cjk_truetype_font_and_its_text_reads_back(world, settings, setting):
    """By default (the Debian package fonts-wqy-zenhei) or named by CAREERS_PDF_FONT."""
    fill_resume(world[1])
    reader = resume_pdf(world[1], setting, settings)
    fonts = [f.get_object() for f in reader.pages[0]["/Resources"]["/Font"].values()]
    cjk = [f for f in fonts if "WenQuanYi" in str(f["/BaseFont"])]
    assert cjk and all(f["/Subtype"] == "/TrueType" and "/FontFile2" in f["/FontDescriptor"] for f in cjk)
    text = reader.pages[0].extract_text()
    for written in ("云岭数据服务有限公司", "数据分析实习生", "2024.07-2024.09", "alice@example.com", "专业技能",
                    "踏实肯干，做事有条理，喜欢把复杂问题拆成小步骤逐个解决。"):  # fmt: skip
        assert written in text


def test_with_cjk_font_set_to_stsong_light_the_pdf_names_the_standard_font_unembedded(world, settings):
    fill_resume(world[1])
    reader = resume_pdf(world[1], "STSong-Light", settings)
    fonts = [f.get_object() for f in reader.pages[0]["/Resources"]["/Font"].values()]
    song = [f for f in fonts if "STSong-Light" in str(f["/BaseFont"])]
    assert song and not any("WenQuanYi" in str(f["/BaseFont"]) for f in fonts)
    assert "云岭数据服务有限公司" in reader.pages[0].extract_text()


def test_use_this_resume_sends_the_online_resume_pdf_with_the_application(world):
    job, student = world
    fill_resume(student)
    c = client_for(student)
    assert "用在线简历投递".encode() in c.get(f"/jobs/{job.pk}/").content
    c.post(f"/jobs/{job.pk}/apply/", {"resume": "online"})
    application = Application.objects.get(job=job, student=student)
    with application.resume.open("rb") as f:
        assert "云岭数据服务有限公司" in PdfReader(f).pages[0].extract_text()


def test_import_from_a_pdf_fills_entries_for_the_student_to_correct(world):
    _job, student = world
    other = make_student("bob")
    fill_resume(other)
    pdf = services.render_pdf(Resume.objects.get(user=other))
    c = client_for(student)
    from django.core.files.uploadedfile import SimpleUploadedFile

    c.post("/careers/resume/import/", {"file": SimpleUploadedFile("r.pdf", pdf, "application/pdf")})
    titles = list(
        Entry.objects.filter(resume__user=student, section="internship").values_list("title", "start", "end")
    )
    assert ("云岭数据服务有限公司", "2024-07", "2024-09") in titles
    garbage = c.post(
        "/careers/resume/import/", {"file": SimpleUploadedFile("r.pdf", b"%PDF-garbage", "application/pdf")}
    )
    assert garbage.status_code == 302


def test_diagnosis_of_the_online_resume_against_a_posting_and_of_a_docx(world):
    job, student = world
    fill_resume(student)
    c = client_for(student)
    r = c.post("/careers/diagnose/", {"job": job.pk})
    d = Diagnosis.objects.get(user=student)
    page = c.get(r["Location"]).content.decode()
    assert "tableau" in {f["item"] for f in d.findings if f["check"] == "keywords"}
    assert "参与" in page and "量化" in page
    document = docx.Document()
    for line in ["周一诺", "籍贯：江苏南京", "教育背景", "2021.09-2025.06 滨江科技大学 统计学"]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    from django.core.files.uploadedfile import SimpleUploadedFile

    c.post("/careers/diagnose/", {"file": SimpleUploadedFile("cv.docx", buffer.getvalue())})
    latest = Diagnosis.objects.filter(user=student).first()
    items = {(f["check"], f["item"]) for f in latest.findings}
    assert {("personal", "native_place"), ("contact", "phone"), ("sections", "skills")} <= items
    assert "《就业促进法》" in c.get(f"/careers/diagnoses/{latest.pk}/").content.decode()
    assert client_for(make_student("eve")).get(f"/careers/diagnoses/{latest.pk}/").status_code == 404
    recruiter = make_recruiter(job.company)
    assert client_for(recruiter).get("/careers/diagnose/").status_code == 403
    assert Usage.objects.get(service="diagnosis").count == 2


def test_findings_and_feedback_show_in_chinese_by_default_and_in_english_for_an_english_user(world):
    job, student = world
    fill_resume(student)  # "参与周报整理": a weak verb, no number
    zh = client_for(student)
    en = client_for(student)
    en.cookies.load({"django_language": "en"})
    where = zh.post("/careers/diagnose/", {"job": job.pk})["Location"]
    page = zh.get(where).content.decode()
    assert "成果量化" in page and "“参与”力度较弱：参与周报整理" in page and "这段经历没有量化的成果" in page
    assert (
        "把“参与”换成更有力、更具体的动词，如 主导/设计/实现（说清你本人做的那一部分），并紧跟结果。" in page
    )
    assert "weak verb" not in page
    page = en.get(where).content.decode()
    assert "Quantified results" in page and "“参与” is a weak verb: 参与周报整理" in page
    assert (
        "has no quantified result" in page
        and "such as 主导/设计/实现 (say which part you did yourself)" in page
    )
    assert "力度较弱" not in page and "没有量化的成果" not in page
    where = zh.post("/careers/interview/", {"job": job.pk})["Location"]
    interview = Interview.objects.get(user=student)
    zh.post(
        f"/careers/interviews/{interview.pk}/answer/",
        {"text": "嗯，那个，然后我就是做了数据整理。", "seconds": "60"},
    )
    page = zh.get(where).content.decode()
    assert "口头禅较多（“" in page and "回答偏短（" in page and "filler words" not in page
    page = en.get(where).content.decode()
    assert "Many filler words (“" in page and "The answer is short (" in page and "口头禅较多" not in page
    # A diagnosis stored before its texts were translatable shows them as they were stored.
    old = Diagnosis.objects.create(user=student, source="online", findings=[
        {"check": "numbers", "item": "2024.07-2024.09", "label": "成果量化", "message": "旧的提示",
         "suggestion": "旧的建议", "legal_basis": ""}])  # fmt: skip
    page = en.get(f"/careers/diagnoses/{old.pk}/").content.decode()
    assert "成果量化" in page and "旧的提示" in page and "旧的建议" in page


def test_a_five_question_mock_interview_with_typed_answers_ends_with_overall_feedback(world):
    job, student = world
    c = client_for(student)
    r = c.post("/careers/interview/", {"job": job.pk})
    interview = Interview.objects.get(user=student)
    assert len(interview.questions) == 5 and "sql" in [k.lower() for k in interview.keywords]
    assert any(q["kind"] == "posting" for q in interview.questions)
    for i in range(5):
        c.post(f"/careers/interviews/{interview.pk}/answer/", {"text": "嗯，那个，然后我就是做了数据整理。" if i == 0 else
               "当时在实习中，我的任务是缩短周报时间。我先梳理数据来源，然后用SQL和Python写了脚本，结果从半天降到20分钟。",
               "seconds": "60"})  # fmt: skip
    interview.refresh_from_db()
    assert interview.status == "finished" and interview.overall["answered"] == 5
    first = Answer.objects.get(interview=interview, index=0)
    assert first.feedback["fillers"]["那个"] == 1 and any(
        "口头禅" in careers_text(t) for t in first.feedback["tips"]
    )
    # Typing for 60 s is not speaking: no pace tip (it would say "slow"), the time to say it instead.
    second = Answer.objects.get(interview=interview, index=1)
    assert second.seconds == 60 and second.feedback["pace"] is None
    assert not any("语速" in careers_text(t) for a in interview.answers.all() for t in a.feedback["tips"])
    page = c.get(r["Location"]).content.decode()
    assert "STAR" in page or "情境" in page
    assert f"读出来约 {second.feedback['spoken_seconds']} 秒" in page and "字/分钟" not in page
    assert client_for(make_student("eve")).get(r["Location"]).status_code == 404
    again = c.post(f"/careers/interviews/{interview.pk}/answer/", {"text": "x"})
    assert again.status_code in (302, 409)


def test_a_field_interview_needs_an_emerging_field(world):
    _job, student = world
    c = client_for(student)
    assert c.post("/careers/interview/", {"field": "finance"}).status_code == 200
    c.post("/careers/interview/", {"field": "low-altitude-economy"})
    assert Interview.objects.get(user=student).field_id == "low-altitude-economy"


class Recorder(BaseHTTPRequestHandler):
    requests: list[tuple[str, dict[str, str], bytes]] = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Recorder.requests.append((self.path, dict(self.headers), body))
        if self.path.endswith("/chat/completions"):
            # https://api-docs.deepseek.com/api/create-chat-completion (OpenAI format)
            reply = {"id": "c1", "object": "chat.completion", "model": "deepseek-chat",
                     "choices": [{"index": 0, "finish_reason": "stop",
                                  "message": {"role": "assistant", "content": "【情境】示范回答"}}],
                     "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}  # fmt: skip
        elif self.path.endswith("/audio/transcriptions"):
            reply = {"text": "当时我的任务是整理数据，我用Python写了脚本，结果节省了一半时间。"}
        else:
            self.send_response(404)
            self.end_headers()
            return
        data = json.dumps(reply, ensure_ascii=False).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def provider(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/v1"
    settings.CAREERS_LLM_BACKEND = "careers.providers.OpenAICompatibleLLM"
    settings.CAREERS_LLM_BASE_URL = base
    settings.CAREERS_LLM_API_KEY = "sk-test"
    settings.CAREERS_STT_BACKEND = "careers.providers.OpenAICompatibleSTT"
    settings.CAREERS_STT_BASE_URL = base
    settings.CAREERS_STT_API_KEY = "sk-stt"
    Recorder.requests = []
    yield Recorder.requests
    server.shutdown()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_voice_answers_are_transcribed_and_refined_on_the_queue_and_the_recording_dropped(world, provider):
    job, student = world
    c = client_for(student)
    c.post("/careers/interview/", {"job": job.pk})
    interview = Interview.objects.get(user=student)
    from django.core.files.uploadedfile import SimpleUploadedFile

    r = c.post(f"/careers/interviews/{interview.pk}/recording/", {
        "recording": SimpleUploadedFile("answer.webm", b"\x1aE\xdf\xa3fake-webm", "audio/webm"), "seconds": "30",
    })  # fmt: skip
    assert r.json()["state"] == "transcribing" and provider == []  # nothing sent from the request
    answer = Answer.objects.get(interview=interview)
    stored = answer.recording.name
    assert drain() >= 2
    answer.refresh_from_db()
    assert (
        answer.state == "done"
        and "Python" in answer.text
        and answer.feedback["pace"] == 2 * answer.feedback["chars"]
    )
    assert not answer.recording and not answer.recording.storage.exists(stored)
    assert answer.feedback["llm_example"] == "【情境】示范回答"
    paths = [p for p, _h, _b in provider]
    assert paths == ["/v1/audio/transcriptions", "/v1/chat/completions"]
    _p, headers, body = provider[0]
    assert headers["Authorization"] == "Bearer sk-stt" and headers["Content-Type"].startswith(
        "multipart/form-data"
    )
    assert b'name="model"' in body and b'name="file"; filename=' in body and b"fake-webm" in body
    _p, headers, body = provider[1]
    request = json.loads(body)
    assert headers["Authorization"] == "Bearer sk-test"
    assert (
        request["model"]
        and request["messages"][0]["role"] == "system"
        and request["messages"][1]["role"] == "user"
    )
    drain()  # idempotent: nothing more is sent
    assert len(provider) == 2


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_provider_that_is_down_leaves_a_clear_state(world, settings):
    job, student = world
    settings.CAREERS_STT_BACKEND = "careers.providers.OpenAICompatibleSTT"
    settings.CAREERS_STT_BASE_URL = "http://127.0.0.1:9/v1"
    settings.CAREERS_PROVIDER_TIMEOUT = 2
    c = client_for(student)
    c.post("/careers/interview/", {"job": job.pk})
    interview = Interview.objects.get(user=student)
    from django.core.files.uploadedfile import SimpleUploadedFile

    c.post(
        f"/careers/interviews/{interview.pk}/recording/",
        {"recording": SimpleUploadedFile("a.webm", b"x", "audio/webm")},
    )
    drain()
    answer = Answer.objects.get(interview=interview)
    assert answer.state == "failed" and not answer.recording


def test_voice_answers_are_refused_without_a_provider(world):
    job, student = world
    c = client_for(student)
    c.post("/careers/interview/", {"job": job.pk})
    interview = Interview.objects.get(user=student)
    from django.core.files.uploadedfile import SimpleUploadedFile

    r = c.post(
        f"/careers/interviews/{interview.pk}/recording/",
        {"recording": SimpleUploadedFile("a.webm", b"x", "audio/webm")},
    )
    assert r.status_code == 400


def test_privacy_export_and_erasure_cover_career_data(world):
    job, student = world
    fill_resume(student)
    services.run_diagnosis(student, job_id=job.pk)
    services.start_interview(student, job_id=job.pk)
    section = exporters()["careers"](student)
    assert section.data["resume"]["entries"] and section.data["diagnoses"] and section.data["interviews"]
    dict(erasers())["careers"](student)
    assert not Resume.objects.filter(user=student).exists()
    assert (
        not Diagnosis.objects.filter(user=student).exists()
        and not Interview.objects.filter(user=student).exists()
    )
    assert Usage.objects.exists()  # anonymous counts stay


def test_a_career_officer_sees_only_their_universitys_anonymous_counts(world):
    from accounts.models import User
    from directory.models import Organisation

    job, student = world
    fill_resume(student)
    services.run_diagnosis(student, job_id=job.pk)
    university = student.graduate_profile.university
    officer = User.objects.create_user(
        "officer", password="pw", role=User.Role.UNIVERSITY_STAFF, organisation=university
    )
    other_university = Organisation.objects.create(
        kind=Organisation.Kind.UNIVERSITY, name="别的大学", region_id="310000"
    )
    other = User.objects.create_user(
        "other", password="pw", role=User.Role.UNIVERSITY_STAFF, organisation=other_university
    )
    page = client_for(officer).get("/careers/usage/").content.decode()
    assert "简历诊断" in page and "<td>1</td>" in page and "alice" not in page
    assert "<td>1</td>" not in client_for(other).get("/careers/usage/").content.decode()
    assert client_for(student).get("/careers/usage/").status_code == 403
    # A chart of the same counts: months oldest first, a series a service, 0 where none.
    this_month = Usage.objects.get(university=university, service="diagnosis").month
    Usage.objects.create(university=university, month=this_month.replace(year=this_month.year - 1),
                         service="interview", count=3)  # fmt: skip
    response = client_for(officer).get("/careers/usage/")
    chart = response.context["chart"]
    assert chart["labels"] == [f"{this_month.year - 1}-{this_month.month:02d}", this_month.strftime("%Y-%m")]
    assert sorted((s["label"], s["data"]) for s in chart["series"]) == [
        ("模拟面试", [3, 0]),
        ("简历诊断", [0, 1]),
    ]
    assert 'id="usage-data"' in response.text and "vendor/chart.js/chart.umd.min.js" in response.text
    empty = client_for(other).get("/careers/usage/").text
    assert "chart-usage" not in empty and "chart.umd.min.js" not in empty


@pytest.mark.parametrize("page", ["/careers/diagnose/", "/careers/interview/"])
def test_the_target_posting_is_named_and_applied_postings_are_one_tap_away(world, page):
    from jobs import services as jobs_services

    job, student = world
    c = client_for(student)
    # Nothing applied to, no target: the number field, no list.
    first = c.get(page).content.decode()
    assert 'name="job"' in first and "你投递过的岗位" not in first and "目标岗位：" not in first
    jobs_services.apply(student, job)
    listed = c.get(page).content.decode()
    assert "你投递过的岗位" in listed and f'href="?job={job.pk}"' in listed and job.company.name in listed
    # Targeted: named with its company, the number kept in a hidden field, the list gone.
    targeted = c.get(f"{page}?job={job.pk}").content.decode()
    assert f'目标岗位：<a href="/jobs/{job.pk}/">数据分析师</a> · {job.company.name}' in targeted
    assert f'type="hidden" name="job" value="{job.pk}"' in targeted and "你投递过的岗位" not in targeted
    # A number that is no open posting, or no number at all, names nothing and breaks nothing.
    for bad in ("999999", "abc", "-1", "1" * 40):
        response = c.get(f"{page}?job={bad}")
        assert response.status_code == 200 and "目标岗位：" not in response.content.decode()


def test_practice_jobs_lists_open_postings_applied_to_newest_first_once_each(world):
    from jobs import services as jobs_services
    from jobs.models import JobPosting

    job, student = world
    others = [make_job(job.company, f"岗位{i}") for i in range(3)]
    for posting in [job, *others]:
        jobs_services.apply(student, posting)
    # The first application made the newest: the order follows when each was made, not the posting.
    newest = Application.objects.filter(student=student).latest("created_at").created_at
    Application.objects.filter(student=student, job=job).update(created_at=newest + timedelta(minutes=1))
    # Another student's later application to others[1] does not move it up this student's list.
    someone = make_student("bob")
    jobs_services.apply(someone, others[1])
    Application.objects.filter(student=someone).update(created_at=newest + timedelta(minutes=2))
    JobPosting.objects.filter(pk=others[0].pk).update(status=JobPosting.Status.DRAFT)  # no longer open
    assert services.practice_jobs(student) == [job, others[2], others[1]]
    assert services.practice_jobs(student, limit=2) == [job, others[2]]
    assert services.practice_jobs(make_student("carol")) == []
    assert services.practice_jobs(someone) == [others[1]]
