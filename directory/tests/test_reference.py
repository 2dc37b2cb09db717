import pytest
from django.core.exceptions import ValidationError

from directory.models import Industry, Region
from directory.validators import validate_credit_code


@pytest.mark.parametrize("code", ["91110000600037341L", "9111 0000 6000 3734 1L", "91350100M000100Y43"])
def test_valid_credit_codes_pass(code):
    validate_credit_code(code)


@pytest.mark.parametrize("code", ["91110000600037341A", "9111000060003734", "", "ABCDEFGHIJKLMNOPQR"])
def test_credit_codes_with_a_wrong_check_character_or_shape_fail(code):
    with pytest.raises(ValidationError):
        validate_credit_code(code)


def test_every_province_and_prefecture_level_city_is_loaded(db):
    assert Region.objects.filter(level="province").count() == 34
    assert Region.objects.filter(level="city").count() == 333
    assert Region.objects.get(code="320500").full_name == "江苏省苏州市"
    assert Region.objects.get(code="422800").name == "恩施土家族苗族自治州"
    assert not Region.objects.filter(code="110100").exists()


def test_the_eight_emerging_fields_come_first(db):
    emerging = list(Industry.objects.filter(emerging=True).values_list("name", flat=True))
    assert emerging == [
        "人工智能",
        "智能制造",
        "航空航天",
        "电子信息",
        "集成电路",
        "生物医药",
        "低空经济",
        "新能源",
    ]
    assert Industry.objects.filter(emerging=False).exists()
