"""Fan-out on a real Dask cluster (a LocalCluster: 2 worker processes, 1 thread each) gives
the serial run's results, in the same order, even when a worker is killed mid-batch; a task
that kills its worker every time is an error for that item and the rest completes."""
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

distributed = pytest.importorskip("distributed")

import dask  # noqa: E402
import cloudpickle  # noqa: E402

from proofs.executor import TaskError, fan_out, open_executor  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers need not import this file


@pytest.fixture(scope="module")
def client():
    # a task on a worker that dies fails at once (the seam retries it once elsewhere)
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=40)
        c = distributed.Client(cluster)
        try:
            yield c
        finally:
            c.close()
            cluster.close()


def _die_on(item):
    """Kill the worker process on ``"die"`` (every time: on any worker)."""
    if item == "die":
        os._exit(1)
    return item * 2


def test_a_task_that_always_kills_its_worker_is_an_error_for_its_item(client):
    with open_executor(client=client) as ex:
        got = list(fan_out(_die_on, [1, "die", 3], executor=ex, timeout_s=120))
    assert [k for k, _ in got] == [0, 1, 2]
    assert got[0][1] == 2 and got[2][1] == 6
    assert isinstance(got[1][1], TaskError) and "KilledWorker" in got[1][1].reason


def test_kb_directions_on_dask_equal_serial(client):
    from hypergraph.build import _solve_all

    laws = [SimpleNamespace(id=f"l{k}", output="y", expression=f"{k + 2}*x**2", inputs=("x",),
                            assumes=("x > 0", "y > 0")) for k in range(6)]
    serial = _solve_all(laws, None)
    with open_executor(client=client) as ex:
        assert _solve_all(laws, ex) == serial


def _report_json(report) -> dict:
    doc = json.loads(report.to_json())
    doc.pop("seconds")
    return doc


def test_prove_on_dask_equals_serial(client):
    from proofs.incremental import prove_incremental

    paths = [ROOT / "datasets" / "examples", ROOT / "proofs" / "terms.py", ROOT / "psg" / "units.py"]
    serial = prove_incremental(paths, cache_dir=None)
    with open_executor(client=client) as ex:
        on_dask = prove_incremental(paths, cache_dir=None, executor=ex)
    assert _report_json(on_dask) == _report_json(serial)
    assert [r.name for r in on_dask.results] == [r.name for r in serial.results]


QUESTIONS = [
    {"find": "E_k", "given": {"m": "2 kg", "v": "3 m/s"}, "unit": "J"},
    {"find": "photon energy", "given": {"wavelength": "500 nm"}, "unit": "eV"},
    {"find": "p", "given": {"m": "3 kg", "v": "4 m/s"}},
    {"find": "weight", "given": {"m": "10 kg"}, "unit": "N"},
    {"find": "no such quantity at all", "given": {"m": "2 kg"}},
    {"find": "E_k", "given": {"m": "-2 kg", "v": "3 m/s"}},
] * 2


def _answers(lines):
    return [{k: v for k, v in line.items() if k != "timings_ms"} for line in lines]


def test_batch_on_dask_equals_serial_with_a_worker_killed_mid_batch(client):
    from hypergraph.build import load_default
    from oracle.batch import answer_batch, read_items

    load_default()  # built (or read) once here, so the workers read it from the cache
    items = read_items([json.dumps(q) for q in QUESTIONS] + ["{broken"], "q.jsonl")
    serial = _answers(answer_batch(items, engine="closure", learn=False))
    pids = client.run(os.getpid)
    victim = sorted(pids.values())[0]
    got, killed = [], threading.Event()

    def kill_when_started():
        deadline = time.time() + 120
        while time.time() < deadline and not killed.is_set():
            busy = client.processing()
            if any(busy.values()):
                os.kill(victim, signal.SIGKILL)
                killed.set()
                return
            time.sleep(0.05)

    with open_executor(client=client) as ex:
        t = threading.Thread(target=kill_when_started)
        t.start()
        for line in answer_batch(items, engine="closure", learn=False, executor=ex):
            got.append(line)
        t.join()
    assert killed.is_set()
    assert _answers(got) == serial
    assert [line["line"] for line in got] == list(range(1, len(items) + 1))
    assert got[-1]["error"].startswith("q.jsonl:") and got[-1]["exit_code"] == 2
    assert got[0]["status"] == "verified" and got[0]["value"] == pytest.approx(9.0)
    assert "error" in got[4] or got[4]["status"] == "not derivable"


def test_table_of_measurements_on_dask_equals_serial(client, tmp_path):
    import oracle
    from hypergraph.build import load_default

    load_default()  # built (or read) once here, so the workers read it from the cache
    path = tmp_path / "lab.csv"
    path.write_text("m [kg],v [m/s],E_k [J]\n2,3,9\n2,3,10\n2,x,9\n-1,3,9\n4,1,2\n")
    serial = oracle.check(path)
    assert [r["exit_code"] for r in serial] == [0, 1, 2, 2, 0]
    assert oracle.check(path, executor=client) == serial  # a Client is taken as it is
    with open_executor(client=client) as ex:
        assert oracle.check(path, executor=ex) == serial
