from django_tasks import task

SEEN: list[str] = []


@task()
def record(value: str) -> None:
    SEEN.append(value)


@task()
def record_due(due_at: str = "") -> None:
    SEEN.append(due_at)


@task()
def slow_step(path: str) -> None:
    """Long on its first run (a worker is killed during it), quick when run again."""
    import time
    from pathlib import Path

    log = Path(path)
    first = not log.exists()
    with log.open("a") as out:
        out.write("start\n")
    if first:
        time.sleep(60)
    with log.open("a") as out:
        out.write("done\n")
