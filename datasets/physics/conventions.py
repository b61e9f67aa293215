"""Values a question may leave out by convention: the speed of sound in room air, the near
point of a normal eye, an electron as the particle that an accelerating voltage drives or that
an atom confines. Each holds under a premise a question may deny (sound under water, a
long-sighted eye); they are standard conditions (``hypergraph.setups.STANDARD_CONSTANTS``),
so a derivation leans on one only through a short chain, and an answer that takes one says
so and is hedged.
"""
from oracle.laws import U, codata, law

v_sound_room_air: U["m/s"] = 343.0  # sound in dry air at 20 degC
d_near_normal: U["m"] = 0.25  # the near point of a normal eye, by convention
m_e: U["kg"] = codata("electron mass")
q_e: U["C"] = codata("elementary charge")



@law(
    output="v_w", on="sound",
    valid="dry air at room temperature (20 degC); 331 m/s at 0 degC, 346 m/s at 25 degC",
    premise="the sound travels through [air] (not through {water}, {seawater}, the {sea}, {underwater}, "
            "{steel}, a {rail}, {helium}, {tissue} or a {solid}); only where the question says so: a "
            "[sound] [heard] ([hears]), a [horn], [siren], [whistle], [bell], [buzzer], [alarm], [note], "
            "[pitch], [echo], [shout], [clap], [speaker] or [loudspeaker]",
    cost=2,
)
def speed_of_sound_in_room_air() -> U["m/s"]:
    """The speed of sound in air at room temperature, which a question about a horn, a
    siren or an echo in air may leave out."""
    return v_sound_room_air


@law(output="d_near", on="optic",
     valid="the conventional near point of a normal eye, 25 cm",
     premise="the instrument is used by a normal eye (not a {farsighted}, {longsighted}, {hyperopic}, "
             "{nearsighted}, {shortsighted} or {myopic} one); only where the question says so: a "
             "[magnifier], [magnifying] glass, [loupe], [microscope], [eyepiece], [magnification] or "
             "[magnifying power]",
     cost=2)
def near_point_of_a_normal_eye() -> U["m"]:
    """The near point of a normal eye (25 cm by convention), which a question about a magnifier
    or a microscope may leave out."""
    return d_near_normal


@law(output="m", on="particle", valid="an electron's rest mass (CODATA): the particle no name says",
     premise="the particle is an electron (not a {proton}, {neutron}, {ion}, {alpha}, {muon}, "
             "{deuteron}, {nucleus}, {atom} or {molecule}); only where the question says so: an "
             "[accelerating] voltage ([accelerated] through it), or a [confined] particle's [uncertainty]", cost=2)
def mass_of_an_unnamed_electron() -> U["kg"]:
    """The mass of the particle that an accelerating voltage drives, or that an atom confines,
    when the question names none: an electron's (a tube's beam, an electron microscope's; a
    question about a proton, an ion or an alpha particle names it)."""
    return m_e


@law(output="q", on="particle", valid="the magnitude of an electron's charge, e: the particle no name says",
     premise="the particle is an electron (not a {proton}, {neutron}, {ion}, {alpha}, {muon}, "
             "{deuteron}, {nucleus}, {atom} or {molecule}); only where the question says so: an "
             "[accelerating] voltage ([accelerated] through it), or a [confined] particle's [uncertainty]", cost=2)
def charge_of_an_unnamed_electron() -> U["C"]:
    """The charge of the particle that an accelerating voltage drives, when the question names
    none: an electron's, e."""
    return q_e
