from django.db import migrations

TEMPLATES = [
    "岗位要求含有性别、年龄、民族、户籍、婚育、健康或院校层次等歧视性条件，请删除后重新提交。",
    "岗位涉及向求职者收取费用、押金或扣押证件，不符合《就业服务与就业管理规定》。",
    "岗位信息不完整：请写明具体工作地点、工作内容和薪资范围。",
    "联系方式仅为个人微信或QQ，请提供企业电话或企业邮箱。",
    "薪资明显高于同地区同领域水平，请核实并说明。",
    "与本企业已发布的岗位内容重复，请合并或关闭重复岗位。",
]


def seed(apps, schema_editor):
    ReasonTemplate = apps.get_model("review", "ReasonTemplate")
    for position, text in enumerate(TEMPLATES):
        ReasonTemplate.objects.get_or_create(text=text, defaults={"position": position})


class Migration(migrations.Migration):
    dependencies = [("review", "0003_reasontemplate_decision_report")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
