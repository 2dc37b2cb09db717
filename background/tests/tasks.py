from django_tasks import task

SEEN: list[str] = []


@task()
def record(value: str) -> None:
    SEEN.append(value)
