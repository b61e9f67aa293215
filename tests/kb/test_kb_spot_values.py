"""Spot checks: laws evaluated (through their sympy translation, not by running the modules)
at textbook inputs agree with values known independently of the knowledge base."""
from __future__ import annotations

import math

import pytest
from scipy.constants import electron_volt as EV, m_e, e, c, year

from kb_source import evaluate_law, read_kb

DEG = math.pi / 180
ARCSEC = DEG / 3600
PARSEC = 648000 / math.pi * 1.495978707e11   # 1 au / 1 arcsec (IAU 2015)

# (law, inputs in SI, expected value in SI, relative tolerance, where the value comes from)
SPOT_CHECKS = [
    ("electron_mass", {}, 9.1093837139e-31, 1e-9, "CODATA 2022 electron mass"),
    ("alpha_particle_charge", {}, 3.204353268e-19, 1e-9, "2 e"),
    ("density_of_water", {}, 998.2, 2e-3, "fresh water at 20 degC (CRC), within 0.2%"),
    ("specific_heat_of_water", {}, 4181.8, 2e-3, "liquid water at 20 degC (NIST), within 0.2%"),
    ("speed_of_sound_in_room_air", {}, 343.2, 2e-3, "dry air at 20 degC (331.3 sqrt(293.15/273.15)), within 0.2%"),
    ("kinetic_energy", {"m": 2.0, "v": 3.0}, 9.0, 1e-12, "1/2 * 2 kg * (3 m/s)^2"),
    ("free_fall_speed_on_earth", {"h": 20.0}, 19.8057, 1e-4, "20 m drop, g = 9.80665"),
    ("projectile_range_on_earth", {"v0": 20.0, "theta": 45 * DEG}, 40.789, 1e-4,
     "v0^2/g at 45 degrees"),
    ("pendulum_period_on_earth", {"l": 1.0}, 2.00641, 1e-5, "1 m pendulum"),
    ("spring_mass_period", {"m": 0.5, "k": 200.0}, 0.1 * math.pi, 1e-12, "2 pi sqrt(m/k)"),
    ("newtons_law_of_gravitation", {"m1": 5.972e24, "m2": 7.342e22, "r": 3.844e8}, 1.98e20,
     5e-3, "Earth-Moon attraction"),
    ("surface_gravity", {"M": 5.972e24, "R_p": 6.371e6}, 9.82, 2e-3, "Earth's surface gravity"),
    ("escape_velocity_from_surface", {"M": 5.972e24, "R_p": 6.371e6}, 11186.0, 1e-3,
     "Earth's escape velocity 11.186 km/s"),
    ("keplers_third_law", {"r": 1.496e11, "M": 1.989e30}, year, 3e-3, "Earth's orbit: one year"),
    ("orbital_speed", {"M": 5.972e24, "r": 6.771e6}, 7670.0, 2e-3, "ISS orbital speed"),
    ("schwarzschild_radius", {"M": 1.989e30}, 2954.0, 1e-3, "Sun: 2.95 km"),
    ("hydrostatic_gauge_pressure_on_earth", {"rho_f": 1000.0, "h": 10.0}, 98066.5, 1e-9,
     "10 m of water"),
    ("buoyant_force_on_earth", {"rho_f": 1000.0, "Vol": 1e-3}, 9.80665, 1e-9,
     "one litre of water displaced"),
    ("ideal_gas_law", {"n": 1.0, "T": 273.15, "Vol": 22.413969545e-3}, 101325.0, 1e-8,
     "molar volume of an ideal gas at 0 C and 1 atm"),
    ("rms_speed_from_molar_mass", {"T": 300.0, "M_mol": 0.028}, 516.95, 1e-4,
     "nitrogen at 300 K"),
    ("carnot_efficiency", {"T_c": 300.0, "T_h": 500.0}, 0.4, 1e-12, "1 - 300/500"),
    ("sensible_heat", {"m": 1.0, "c_s": 4186.0, "dT": 10.0}, 41860.0, 1e-12,
     "1 kg of water warmed 10 K"),
    ("stefan_boltzmann_black_body", {"A": 1.0, "T": 5772.0}, 6.294e7, 2e-3,
     "solar surface flux at the IAU nominal 5772 K"),
    ("wiens_displacement_law", {"T": 5772.0}, 502.0e-9, 2e-3, "solar peak near 502 nm"),
    ("coulombs_law", {"q1": 1.0, "q2": 1.0, "r": 1.0}, 8.9875517862e9, 1e-9,
     "Coulomb constant"),
    ("field_of_long_straight_wire", {"I": 10.0, "r": 0.05}, 4.0e-5, 1e-9,
     "mu0 I / (2 pi r) with mu0 = 4 pi 1e-7"),
    ("field_inside_solenoid", {"N_t": 1000.0, "I": 2.0, "l": 0.5}, 5.0265e-3, 1e-4,
     "4 pi 1e-7 * 2000 turns/m * 2 A"),
    ("cyclotron_radius", {"m": m_e, "v": 1e6, "q": e, "B": 1e-3}, 5.686e-3, 1e-3,
     "electron at 1000 km/s in 1 mT"),
    ("parallel_plate_capacitance_vacuum", {"A": 1.0, "d": 1e-3}, 8.8542e-9, 1e-4,
     "1 m^2 plates 1 mm apart"),
    ("rc_time_constant", {"R": 1000.0, "C": 1e-6}, 1e-3, 1e-12, "1 kOhm * 1 uF"),
    ("lc_resonant_frequency", {"L": 1e-3, "C": 1e-6}, 5032.92, 1e-5, "1 mH with 1 uF"),
    ("resistors_in_parallel", {"R1": 6.0, "R2": 3.0}, 2.0, 1e-12, "6 || 3 ohm"),
    ("capacitor_charging_voltage", {"emf": 10.0, "t": 2.0, "tau_c": 2.0}, 6.3212, 1e-4,
     "63.2 % after one time constant"),
    ("rms_voltage", {"V_pk": 325.27}, 230.0, 1e-4, "230 V mains"),
    ("snells_law", {"n1": 1.0, "theta_1": 30 * DEG, "n2": 1.5}, 19.4712 * DEG, 1e-5,
     "air to glass at 30 degrees"),
    ("critical_angle", {"n2": 1.0, "n1": 1.5}, 41.8103 * DEG, 1e-5, "glass to air"),
    ("thin_lens_equation", {"f_focal": 0.1, "d_o": 0.3}, 0.15, 1e-12, "1/0.1 - 1/0.3 = 1/0.15"),
    ("diffraction_grating", {"m_ord": 1.0, "lam": 500e-9, "d_g": 1 / 600e3}, 17.4576 * DEG,
     1e-5, "600 lines/mm, 500 nm, first order"),
    ("sound_intensity_level", {"I_int": 1e-6}, 60.0, 1e-12, "1 uW/m^2 is 60 dB"),
    ("doppler_effect", {"f_s": 440.0, "v_w": 343.0, "v_o": 0.0, "v_s": 30.0}, 482.17, 1e-4,
     "source approaching at 30 m/s"),
    ("lorentz_factor", {"v": 0.6 * c}, 1.25, 1e-12, "v = 0.6 c"),
    ("rest_energy", {"m": 1.0}, 8.987551787e16, 1e-9, "c^2 joules per kilogram"),
    ("relativistic_velocity_addition", {"u_prime": 0.5 * c, "v_frame": 0.5 * c}, 0.8 * c, 1e-12,
     "0.5 c (+) 0.5 c = 0.8 c"),
    ("photon_energy_from_wavelength", {"lam": 500e-9}, 2.4797 * EV, 1e-4,
     "hc = 1239.84 eV nm"),
    ("hydrogen_energy_level", {"n_q": 2.0}, -3.4014 * EV, 1e-4, "-13.6057 eV / 4"),
    ("hydrogen_transition_photon_energy", {"n_lo": 2.0, "n_hi": 3.0}, 1.8897 * EV, 1e-4,
     "Balmer H-alpha"),
    ("de_broglie_wavelength_from_kinetic_energy", {"m": m_e, "E_k": 100 * EV}, 1.2264e-10,
     1e-4, "100 eV electron"),
    ("compton_shift", {"theta_s": 90 * DEG}, 2.42631e-12, 1e-5,
     "Compton wavelength at 90 degrees"),
    ("photoelectric_effect", {"f": 1.5e15, "phi_w": 2.28 * EV}, 3.9235 * EV, 1e-3,
     "sodium lit at 1.5 PHz"),
    ("bohr_orbit_radius_hydrogen", {"n_q": 1.0}, 5.29177e-11, 1e-5, "Bohr radius"),
    ("particle_in_a_box", {"n_q": 1.0, "m": m_e, "l": 1e-9}, 0.376 * EV, 2e-3,
     "electron in a 1 nm well"),
    ("decay_constant_from_half_life", {"t_half": 5730 * year}, 3.8332e-12, 1e-3,
     "carbon-14"),
    ("radioactive_decay_half_life", {"N_0": 1000.0, "t": 10.0, "t_half": 5.0}, 250.0, 1e-12,
     "two half-lives"),
    ("nuclear_radius", {"A_nuc": 27.0}, 3.6e-15, 1e-12, "1.2 fm * 27^(1/3)"),
    ("elastic_collision_second_body", {"m1": 1.0, "v1": 2.0, "m2": 1.0}, 2.0, 1e-12,
     "equal masses swap velocities"),
    ("perfectly_inelastic_collision", {"m1": 1.0, "v1": 4.0, "m2": 3.0, "v2": 0.0}, 1.0,
     1e-12, "4 kg m/s shared by 4 kg"),
    ("sphere_volume", {"r": 1.0}, 4.18879, 1e-5, "4/3 pi for a unit sphere"),
    ("incline_acceleration_with_friction", {"g": 9.8, "theta": 30 * DEG, "mu_k": 0.2}, 3.2026,
     1e-4, "9.8 (0.5 - 0.2 cos 30)"),
    ("poiseuille_flow", {"r": 1e-3, "dpr": 1000.0, "eta_v": 1e-3, "l": 1.0},
     math.pi * 1e-12 * 1000 / 8e-3, 1e-12, "water through a 2 mm pipe"),
    # astronomy, spheres, water waves, films (issue 10's blind batches)
    ("parallax_distance", {"p_par": ARCSEC}, PARSEC, 1e-9, "1 arcsec of parallax is 1 parsec"),
    ("distance_modulus", {"M_abs": 4.83, "d_obs": 10 * PARSEC}, 4.83, 1e-12, "at 10 pc m = M (the Sun's 4.83)"),
    ("distance_modulus", {"M_abs": 0.0, "d_obs": 1000 * PARSEC}, 10.0, 1e-12, "1 kpc: m - M = 10"),
    ("flux_from_luminosity", {"P": 3.828e26, "d_obs": 1.495978707e11}, 1361.0, 1e-3,
     "the Sun's nominal luminosity gives the solar constant 1361 W/m^2 at 1 au"),
    ("hubble_law", {"H_0": 70e3 / (1e6 * PARSEC), "d_obs": 100e6 * PARSEC}, 7.0e6, 1e-12,
     "70 km/s/Mpc at 100 Mpc: 7000 km/s"),
    ("surface_area_of_a_star_or_planet", {"r": 6.957e8}, 6.0819e18, 1e-4, "the Sun's surface, 4 pi R_sun^2"),
    ("sphere_surface_area", {"r": 1.0}, 4 * math.pi, 1e-12, "4 pi for a unit sphere"),
    ("rocket_equation", {"v_ex": 3000.0, "m_wet": 2.0, "m_dry": 1.0}, 3000.0 * math.log(2), 1e-12,
     "halving the mass gives v_ex ln 2"),
    ("force_per_length_between_parallel_wires", {"I1": 1.0, "I2": 1.0, "d": 1.0}, 2e-7, 1e-6,
     "the old definition of the ampere: 2e-7 N per metre"),
    ("field_of_line_charge", {"lam_q": 1e-9, "r": 1.0}, 17.975, 1e-4, "1 nC/m at 1 m: 2 k lambda / r"),
    ("attenuation_by_half_value_layers", {"x_shield": 0.03, "x_hvl": 0.01}, 0.125, 1e-12,
     "three half-value layers pass one eighth"),
    ("lens_power_for_far_point", {"d_far": 2.0}, -0.5, 1e-12, "far point 2 m: -0.5 dioptre"),
    ("lens_power_for_near_point", {"d_near": 1.0, "d_read": 0.25}, 3.0, 1e-12, "near point 1 m, reading at 25 cm: +3 D"),
    ("lens_power_for_near_point_at_distance", {"d_near": 1.02, "d_read": 0.27, "x_eye": 0.02}, 3.0, 1e-12,
     "the same eye with the glasses 2 cm in front of it"),
    ("ac_power_of_resistive_load", {"V_rms": 230.0, "I_rms": 10.0}, 2300.0, 1e-12, "a 2.3 kW kettle"),
    ("shallow_water_wave_speed_on_earth", {"h": 4000.0}, 198.06, 1e-4, "a tsunami over 4 km of ocean"),
    ("deep_water_wavelength_on_earth", {"T_period": 10.0}, 156.08, 1e-4, "10 s swell: g T^2 / 2 pi"),
    ("light_travel_distance", {"t": 499.0}, 1.496e11, 1e-3, "sunlight takes 499 s to reach the Earth"),
    ("thin_film_minimum_thickness", {"lam": 550e-9, "n_r": 1.38}, 99.64e-9, 1e-3,
     "MgF2 anti-reflection coating for 550 nm"),
]


@pytest.mark.parametrize("law, inputs, expected, rtol, source", SPOT_CHECKS,
                         ids=[row[0] for row in SPOT_CHECKS])
def test_spot_value(law, inputs, expected, rtol, source):
    assert evaluate_law(law, **inputs) == pytest.approx(expected, rel=rtol), source


def test_spot_table_is_broad():
    modules = {read_kb().laws[row[0]].module for row in SPOT_CHECKS}
    assert len(SPOT_CHECKS) >= 30
    assert modules == {law.module for law in read_kb().laws.values()}


def test_helium_4_binding_energy_chain():
    """Two laws chained: mass defect of the alpha particle, then its energy (28.3 MeV)."""
    from scipy.constants import physical_constants

    m_alpha = physical_constants["alpha particle mass"][0]
    dm = evaluate_law("mass_defect_of_nucleus", Z=2.0, A_nuc=4.0, m_nuc=m_alpha)
    energy = evaluate_law("mass_defect_energy", dm=dm)
    assert energy / (1e6 * EV) == pytest.approx(28.296, rel=1e-3)


def test_evaluate_law_rejects_wrong_inputs():
    with pytest.raises(TypeError, match="kinetic_energy takes"):
        evaluate_law("kinetic_energy", m=1.0)
