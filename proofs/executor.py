"""One seam for fan-out work: serial, local processes, or a Dask cluster.

Proving functions, solving the knowledge base's directions and batch questions all go
through :func:`fan_out`, which takes a :class:`concurrent.futures.Executor` (or ``None``:
in this process, one item after another). :func:`open_executor` opens one from what a user
says: ``workers=N`` local processes, ``scheduler="tcp://HOST:PORT"`` or a
``dask.distributed.Client`` (the ``[dask]`` extra). Results come back in the order of the
input, whatever the executor, so reports are the same in every run.

A task that fails (its worker died, or it raised) is submitted once more, to any worker; a
second failure makes it a :class:`TaskError` for that item and the other items still
complete. Each wait is bounded (``timeout_s``). On Ctrl-C the pending tasks are cancelled
and the interrupt goes on (what was cached stays cached).

>>> list(fan_out(abs, [-2, 3]))
[(0, 2), (1, 3)]
>>> [type(r).__name__ for _, r in fan_out(int, ["7", "x"])]
['int', 'TaskError']
"""
from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

#: A task whose result has not come after this many seconds is an error for its item.
TASK_TIMEOUT_S = 1800
#: Times a failed task is tried again (elsewhere) before it is an error for its item.
RETRIES = 1


@dataclass(frozen=True)
class TaskError:
    """An item whose task failed twice: what went wrong, in words."""

    item: int
    reason: str

    def __str__(self) -> str:
        return self.reason


@contextmanager
def open_executor(workers: int | None = None, scheduler: str | None = None, client=None):
    """An executor for ``workers`` local processes, a Dask ``scheduler`` address, or a
    Dask ``client``; ``None`` (run in this process) when none is asked for or one worker.
    What it opened (a pool, a client to ``scheduler``) is shut down on leaving; a
    ``client`` passed in stays open.

    Raises ValueError naming the option when it is not usable (Dask not installed, a bad
    worker count, a scheduler that cannot be reached)."""
    if client is not None or scheduler:
        try:
            from dask.distributed import Client
        except ImportError:
            raise ValueError("--scheduler needs Dask: pip install 'oracle-hypergraph[dask]'") from None
        own = client is None
        if own:
            try:
                client = Client(scheduler, timeout="10s")
            except (OSError, TimeoutError, ValueError) as err:
                raise ValueError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({err})") from None
        try:
            yield client.get_executor(pure=False)
        finally:
            if own:
                client.close()
        return
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 1):
        raise ValueError(f"--workers must be a positive whole number, got {workers!r}")
    if workers is None or workers == 1:
        yield None
        return
    # spawn, not fork: the parent holds threads (Z3 watchdogs, numba), and fork copies held locks.
    # PYTHONSAFEPATH: a worker starts as `python -c ...`, which would put the current folder
    # first on its path before taking the parent's: no module from where oracle runs is imported.
    saved = os.environ.get("PYTHONSAFEPATH")
    os.environ["PYTHONSAFEPATH"] = "1"
    pool = cf.ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                  initializer=_ignore_interrupts)
    try:
        yield pool
    except BaseException:  # Ctrl-C or an error here: stop the workers now, not after their tasks
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            proc.terminate()
        queue = getattr(pool, "_call_queue", None)
        if queue is not None:  # a task half sent to a stopped worker must not hold up the exit
            queue.cancel_join_thread()
        pool.shutdown(wait=False)
        raise
    else:
        pool.shutdown(wait=True, cancel_futures=True)
    finally:
        if saved is None:
            os.environ.pop("PYTHONSAFEPATH", None)
        else:
            os.environ["PYTHONSAFEPATH"] = saved


def _ignore_interrupts() -> None:
    """In a local worker: Ctrl-C is the parent's to handle (it stops the workers), so the
    terminal shows no traceback from each worker."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def fan_out(fn: Callable, items: Iterable, *, executor=None, timeout_s: float = TASK_TIMEOUT_S,
            retries: int = RETRIES) -> Iterator[tuple[int, object]]:
    """``(index, fn(item))`` for every item, in input order, as each becomes available.

    With no executor each item is run here (an exception is the item's TaskError, as on
    a cluster). ``fn`` and the items must pickle for an executor (module-level functions)."""
    items = list(items)
    if executor is None:
        for k, item in enumerate(items):
            try:
                yield k, fn(item)
            except (KeyboardInterrupt, SystemExit):
                raise
            except Exception as err:  # noqa: BLE001 - an item's failure is reported for that item
                yield k, TaskError(k, _describe(err))
        return
    futures = [executor.submit(fn, item) for item in items]
    tries = [0] * len(items)
    try:
        for k in range(len(items)):
            while True:
                try:
                    value = futures[k].result(timeout=timeout_s)
                    break
                except cf.TimeoutError:
                    value = TaskError(k, f"no result after {timeout_s:g} s")
                    break
                except (KeyboardInterrupt, SystemExit):
                    raise
                except Exception as err:  # noqa: BLE001 - a dead worker or a raising task
                    tries[k] += 1
                    if tries[k] > retries:
                        value = TaskError(k, _describe(err))
                        break
                    futures[k] = _resubmit(executor, fn, items[k])
            yield k, value
    finally:  # pending tasks are not wanted any more (a local pool's are stopped by its owner)
        if not isinstance(executor, cf.ProcessPoolExecutor):
            for f in futures:
                f.cancel()


def _resubmit(executor, fn, item):
    """Submit again; a local pool a dead worker broke is replaced by the caller's next run,
    so here the retry runs in this process (still bounded by the task's own time-outs)."""
    try:
        return executor.submit(fn, item)
    except (RuntimeError, cf.process.BrokenProcessPool):
        done: cf.Future = cf.Future()
        try:
            done.set_result(fn(item))
        except Exception as err:  # noqa: BLE001
            done.set_exception(err)
        return done


def _describe(err: BaseException) -> str:
    name = type(err).__name__
    return f"{name}: {err}" if str(err) else name
