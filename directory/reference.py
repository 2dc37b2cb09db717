"""Reference data shipped with the code: GB/T 2260 regions and the industry list.

``load_reference_data`` is idempotent; data migrations call it with the
historical app registry so that every database, including the test one, has it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

REGIONS_FILE = Path(__file__).resolve().parent / "data" / "regions.json"

# (code, 中文, English, emerging) in display order. The first eight are the
# emerging fields named in 五(一) of the notice.
INDUSTRIES: list[tuple[str, str, str, bool]] = [
    ("ai", "人工智能", "Artificial intelligence", True),
    ("smart-manufacturing", "智能制造", "Smart manufacturing", True),
    ("aerospace", "航空航天", "Aerospace", True),
    ("electronic-information", "电子信息", "Electronic information", True),
    ("integrated-circuits", "集成电路", "Integrated circuits", True),
    ("biomedicine", "生物医药", "Biomedicine", True),
    ("low-altitude-economy", "低空经济", "Low-altitude economy", True),
    ("new-energy", "新能源", "New energy", True),
    ("manufacturing", "传统制造业", "Traditional manufacturing", False),
    ("software-services", "软件和信息技术服务", "Software and IT services", False),
    ("construction", "建筑业", "Construction", False),
    ("wholesale-retail", "批发和零售", "Wholesale and retail", False),
    ("logistics", "交通运输和物流", "Transport and logistics", False),
    ("finance", "金融业", "Finance", False),
    ("business-services", "商务服务", "Business services", False),
    ("education", "教育培训", "Education and training", False),
    ("healthcare", "医疗卫生", "Health care", False),
    ("culture-media", "文化传媒", "Culture and media", False),
    ("agriculture", "现代农业", "Agriculture", False),
]


def read_regions() -> list[dict[str, Any]]:
    return json.loads(REGIONS_FILE.read_text(encoding="utf-8"))


def load_reference_data(region_model: Any, industry_model: Any) -> None:
    rows = read_regions()
    for level in ("province", "city"):
        for row in rows:
            if row["level"] != level:
                continue
            region_model.objects.update_or_create(
                code=row["code"],
                defaults={"name": row["name"], "level": level, "parent_id": row["parent"]},
            )
    for position, (code, name, name_en, emerging) in enumerate(INDUSTRIES):
        industry_model.objects.update_or_create(
            code=code,
            defaults={"name": name, "name_en": name_en, "emerging": emerging, "position": position},
        )
