from django_tasks import task

SEEN: list[str] = []


@task()
def record(value: str) -> None:
    SEEN.append(value)


@task()
def record_due(due_at: str = "") -> None:
    SEEN.append(due_at)
