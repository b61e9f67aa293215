"""Every public entry point is thread-safe: 8 threads asking at once get exactly the
answers one thread gets, on both engines (the spiking engine once shared a per-network
workspace without a lock: KeyErrors and wrong "not found" answers)."""
import threading

import pytest

import oracle

QUESTIONS = [
    ({"mass": "2 kg", "height": "10 m"}, "kinetic energy", "J"),
    ({"mass": "1 kg", "height": "100 m"}, "de Broglie wavelength", "m"),
    ({"wavelength": "500 nm"}, "photon energy", "eV"),
    ({"mass": "2 kg", "speed": "3 m/s"}, "momentum", None),
    ({"length of the pendulum": "1 m"}, "period of the pendulum", "s"),
    ({"mass": "2 kg"}, "kinetic energy", None),  # not derivable: "not found" must stay not found
    ({"voltage": "12 V", "resistance": "4 ohm"}, "current", "A"),
    ({"temperature": "300 K", "pressure": "1 atm", "volume": "1 m^3"}, "amount of substance", "mol"),
]


def answer(engine, k):
    given, find, unit = QUESTIONS[k % len(QUESTIONS)]
    a = oracle.query(given, find, unit=unit, engine=engine)
    return a.found, None if not a.found else round(float(a.value.magnitude), 9), \
        None if not a.found else a.derivation.laws


@pytest.mark.parametrize("engine", ["closure", "spiking"])
def test_eight_threads_get_single_thread_answers(engine):
    expected = [answer(engine, k) for k in range(len(QUESTIONS))]
    got: dict[int, list] = {t: [] for t in range(8)}
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def work(t: int) -> None:
        try:
            start.wait()
            for k in range(t, t + 4 * len(QUESTIONS)):
                got[t].append((k % len(QUESTIONS), answer(engine, k)))
        except BaseException as err:  # noqa: BLE001 - every failure is reported below
            errors.append(err)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(600)
    assert not errors, errors[:3]
    wrong = [(k, a, expected[k]) for t in got for k, a in got[t] if a != expected[k]]
    assert sum(len(v) for v in got.values()) == 8 * 4 * len(QUESTIONS)
    assert not wrong, wrong[:3]
