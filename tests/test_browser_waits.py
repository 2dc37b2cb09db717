"""Browser tests wait with functions, never with bare expressions.

The site's Content-Security-Policy has no ``'unsafe-eval'``. Playwright's
``wait_for_function`` evaluates a bare expression such as ``"x.naturalWidth > 0"``
with ``eval`` on every poll, and the page's policy refuses the second poll. So a
bare expression passes when the condition is already true and fails when the
page is slower than the test (seen in CI on a busy machine). A function
(``"img => ..."`` or ``"() => ..."``) is evaluated once and then called, which the
policy allows.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".venv", "node_modules", "var", ".git", "staticfiles"}
FUNCTION = re.compile(r"^\s*(\(?[\w\s,]*\)?\s*=>|(async\s+)?function\b)")


def bare_waits(source: str) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "wait_for_function"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and not FUNCTION.match(node.args[0].value)
        ):
            lines.append(node.lineno)
    return lines


def test_the_check_tells_a_bare_expression_from_a_function():
    assert bare_waits('page.wait_for_function("document.title == 1")') == [1]
    assert bare_waits('page.wait_for_function("() => document.title == 1")') == []
    assert bare_waits('page.wait_for_function("img => img.complete", arg=h)') == []
    assert bare_waits('page.wait_for_function("(a, b) => a < b", arg=[1, 2])') == []
    assert bare_waits('page.wait_for_function("function () { return 1; }")') == []


def test_no_browser_wait_uses_a_bare_expression():
    found = []
    for path in ROOT.rglob("*.py"):
        if SKIP.intersection(path.relative_to(ROOT).parts):
            continue
        found += [f"{path.relative_to(ROOT)}:{line}" for line in bare_waits(path.read_text(encoding="utf-8"))]
    assert found == [], "wait_for_function with a bare expression is refused by the CSP on its second poll"
