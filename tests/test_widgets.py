"""``events_server.widgets.PlainSelect`` writes the HTML Django's ``forms.Select`` renders from its
templates, byte for byte: for generated choices (groups, odd characters, numbers, lazy text),
selected values and attributes, and for the region pickers of the real forms in both languages."""

from __future__ import annotations

import time
from typing import Any, cast

import pytest
from django import forms
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy
from hypothesis import given, settings
from hypothesis import strategies as st

from events_server.widgets import PlainSelect

text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
value = st.one_of(text, st.integers(-10, 10_000), st.just(""))
label = st.one_of(
    text,
    st.integers(0, 10**7),
    st.floats(-1e6, 1e6, allow_nan=False),
    st.sampled_from([gettext_lazy("Region"), gettext_lazy("Company"), mark_safe("<b>安全</b>")]),
)
option = st.tuples(value, label)
group = st.tuples(text.filter(bool), st.lists(option, max_size=4))
choices = st.lists(st.one_of(option, group), max_size=6)
attrs = st.dictionaries(
    st.sampled_from(["id", "class", "required", "disabled", "aria-invalid", "data-x", "autofocus"]),
    st.one_of(st.booleans(), text, st.integers()),
    max_size=4,
)


def both(choices, name, selected, attrs, *, multiple: bool = False) -> tuple[str, str]:
    class Plain(PlainSelect):
        allow_multiple_selected = multiple

    class Stock(forms.Select):
        allow_multiple_selected = multiple

    return (
        Plain(choices=choices).render(name, selected, dict(attrs)),
        Stock(choices=choices).render(name, selected, dict(attrs)),
    )


@settings(max_examples=300, deadline=None)
@given(choices=choices, name=text, attrs=attrs, data=st.data(), language=st.sampled_from(["zh-hans", "en"]))
def test_the_html_is_the_stock_select_s_for_any_choices_values_and_attributes(
    choices, name, attrs, data, language
):
    known = [c[0] for c in choices if not isinstance(c[1], list)] + [
        o[0] for c in choices if isinstance(c[1], list) for o in c[1]
    ]
    selected = data.draw(st.one_of(st.none(), value, st.sampled_from(known) if known else st.none()))
    with translation.override(language):
        plain, stock = both(choices, name, selected, attrs)
    assert plain == stock


@settings(max_examples=50, deadline=None)
@given(choices=choices, attrs=attrs, data=st.data())
def test_several_selected_values_render_as_the_stock_widget_does(choices, attrs, data):
    selected = data.draw(st.lists(value, max_size=3))
    plain, stock = both(choices, "many", selected, attrs, multiple=True)
    assert plain == stock


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_region_pickers_of_the_real_forms_are_the_stock_html(language):
    """Through the bound field, as a template shows it: the required attribute, a chosen region,
    an unknown code and its error included."""
    from accounts.forms import CompanySignupForm
    from directory.forms import RegionSelect
    from directory.models import Region
    from jobs.forms import JobPostingForm, JobSearchForm

    assert Region.objects.count() > 300  # the reference data the migrations load
    with translation.override(language):
        for form_class in (JobSearchForm, JobPostingForm, CompanySignupForm):
            for data in (None, {"region": ""}, {"region": "320100"}, {"region": "110000"}, {"region": "<x>"}):
                plain, stock = form_class(data=data), form_class(data=data)
                assert isinstance(plain.fields["region"].widget, RegionSelect)
                stock.fields["region"].widget = forms.Select(choices=stock.fields["region"].choices)
                assert str(plain["region"]) == str(stock["region"]), (form_class.__name__, data)
                assert str(plain["region"].errors) == str(stock["region"].errors)


@pytest.mark.django_db
def test_the_search_form_renders_its_region_picker_faster_than_the_stock_widget():
    from jobs.forms import JobSearchForm

    choices: Any = cast(forms.ChoiceField, JobSearchForm.base_fields["region"]).choices

    def render(widget: forms.Select) -> float:
        started = time.perf_counter()
        for _ in range(5):
            widget.render("region", "320100", {"id": "id_region"})
        return time.perf_counter() - started

    plain, stock = PlainSelect(choices=choices), forms.Select(choices=choices)
    took: dict[forms.Select, list[float]] = {plain: [], stock: []}
    for _ in range(4):  # in turn, the first round warming the template loader's cache
        for widget in (plain, stock):
            took[widget].append(render(widget))
    assert min(took[plain]) < min(took[stock]) / 2, took
