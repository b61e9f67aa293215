"""Loihi 2 limits that a circuit must respect, in one place.

Register widths are those of Lava's bit-accurate models (``PyLifModelBitAcc``,
``PyDelaySparseModelBitAcc``); chip figures are from Intel's Loihi 2 technology brief
(see docs/spiking.md for the sources).

>>> DELAY_MAX, VTH_MAX, NEURONS_PER_CORE
(63, 131071, 8192)
"""
from __future__ import annotations

#: 12-bit unsigned current and voltage decays.
DECAY_MAX = 4095
#: 17-bit unsigned threshold mantissa (the model uses ``vth << 6``).
VTH_MAX = 2**17 - 1
#: 13-bit signed bias mantissa.
BIAS_MANT_MIN, BIAS_MANT_MAX = -(2**12), 2**12 - 1
#: 3-bit unsigned bias exponent.
BIAS_EXP_MIN, BIAS_EXP_MAX = 0, 7
#: 6-bit synaptic delay: a spike may wait 0..63 extra steps.
DELAY_MIN, DELAY_MAX = 0, 63
#: Weight exponent range of a connection.
WEIGHT_EXP_MIN, WEIGHT_EXP_MAX = -8, 7
#: 8-bit weights, as Lava clips and truncates them (``num_weight_bits=8``):
#: excitatory 0..255, inhibitory -255..0, mixed sign: even values in -256..254.
WEIGHT_EXC_MAX = 255
WEIGHT_INH_MIN = -255
WEIGHT_MIXED_MIN, WEIGHT_MIXED_MAX = -256, 254
#: State registers are 24-bit signed.
STATE_BITS = 24

#: Chip figures (Loihi 2 technology brief, 2021).
CORES_PER_CHIP = 128
NEURONS_PER_CORE = 8192
NEURONS_PER_CHIP = 1_048_576
SYNAPSES_PER_CHIP = 120_000_000
#: Neuron and synapse memory per core, bytes (192 KB, shared by state and synapses).
MEMORY_PER_CORE = 192 * 1024
#: Bytes of core memory per neuron (state u, v, and parameters; our planning figure).
BYTES_PER_NEURON = 16
#: Bytes of synaptic memory per synapse (8-bit weight, 6-bit delay, ~14-bit index;
#: our planning figure for a sparse synapse list).
BYTES_PER_SYNAPSE = 4
#: Largest fan-in of one neuron that our planning allows (synapses into one compartment).
FAN_IN_MAX = 4096

#: Stated caps of this implementation (not Loihi 2's): at most this many neurons in a
#: circuit (8 chips, one Kapoho Point board) and synapses (about 2 GiB of arrays).
MAX_NEURONS = 8 * NEURONS_PER_CHIP
MAX_SYNAPSES = 2**25
