/* exp_near.h - e^x for the terms of the sweeps' sums (search.c), inline.
 * A sweep's cell sums the exponentials of up to nine terms relative to the
 * largest, millions of cells in all: libm's exp() is a call, around which
 * every term kept in a register is saved and loaded again, and handles
 * what these never are (overflow, NaN, tiny results). */
#ifndef VTA_EXP_NEAR_H
#define VTA_EXP_NEAR_H

#include <stdint.h>
#include <string.h>
#include "common/common.h"

/* 2^(i/64), i = 0..63, each the nearest double. */
static const double vta_exp2_64[64] = {
	0x1.0000000000000p+0, 0x1.02c9a3e778061p+0, 0x1.059b0d3158574p+0, 0x1.0874518759bc8p+0, 0x1.0b5586cf9890fp+0,
	0x1.0e3ec32d3d1a2p+0, 0x1.11301d0125b51p+0, 0x1.1429aaea92de0p+0, 0x1.172b83c7d517bp+0, 0x1.1a35beb6fcb75p+0,
	0x1.1d4873168b9aap+0, 0x1.2063b88628cd6p+0, 0x1.2387a6e756238p+0, 0x1.26b4565e27cddp+0, 0x1.29e9df51fdee1p+0,
	0x1.2d285a6e4030bp+0, 0x1.306fe0a31b715p+0, 0x1.33c08b26416ffp+0, 0x1.371a7373aa9cbp+0, 0x1.3a7db34e59ff7p+0,
	0x1.3dea64c123422p+0, 0x1.4160a21f72e2ap+0, 0x1.44e086061892dp+0, 0x1.486a2b5c13cd0p+0, 0x1.4bfdad5362a27p+0,
	0x1.4f9b2769d2ca7p+0, 0x1.5342b569d4f82p+0, 0x1.56f4736b527dap+0, 0x1.5ab07dd485429p+0, 0x1.5e76f15ad2148p+0,
	0x1.6247eb03a5585p+0, 0x1.6623882552225p+0, 0x1.6a09e667f3bcdp+0, 0x1.6dfb23c651a2fp+0, 0x1.71f75e8ec5f74p+0,
	0x1.75feb564267c9p+0, 0x1.7a11473eb0187p+0, 0x1.7e2f336cf4e62p+0, 0x1.82589994cce13p+0, 0x1.868d99b4492edp+0,
	0x1.8ace5422aa0dbp+0, 0x1.8f1ae99157736p+0, 0x1.93737b0cdc5e5p+0, 0x1.97d829fde4e50p+0, 0x1.9c49182a3f090p+0,
	0x1.a0c667b5de565p+0, 0x1.a5503b23e255dp+0, 0x1.a9e6b5579fdbfp+0, 0x1.ae89f995ad3adp+0, 0x1.b33a2b84f15fbp+0,
	0x1.b7f76f2fb5e47p+0, 0x1.bcc1e904bc1d2p+0, 0x1.c199bdd85529cp+0, 0x1.c67f12e57d14bp+0, 0x1.cb720dcef9069p+0,
	0x1.d072d4a07897cp+0, 0x1.d5818dcfba487p+0, 0x1.da9e603db3285p+0, 0x1.dfc97337b9b5fp+0, 0x1.e502ee78b3ff6p+0,
	0x1.ea4afa2a490dap+0, 0x1.efa1bee615a27p+0, 0x1.f50765b6e4540p+0, 0x1.fa7c1819e90d8p+0,
};

/* e^x for x in [-700, 0] (the sweeps ask for x above
 * -VTA_PARAMS.posterior_cutoff), within 2 units in the last place of
 * libm's: x = (64 k + i) ln2/64 + r with |r| <= ln2/128, e^x = 2^k
 * 2^(i/64) e^r, e^r by its Taylor polynomial to r^5 (what it leaves out is
 * below 4e-17 of it). Outside that range the result means nothing. */
VTA_INLINE double vta_exp_near(double x)
{
	const double shift = 0x1.8p52; /* adding it rounds to an integer */
	double kd = x * 0x1.71547652b82fep+6 + shift, r, p, scale;
	uint64_t bits, i;
	/* kd's low bits hold n = 64 k + i (shift's are zero there): i, and 2^k
	 * as k in the exponent's field (shift's bits go out at the top) */
	memcpy(&bits, &kd, sizeof bits);
	kd -= shift;
	i = bits & 63;
	bits = ((bits >> 6) << 52) + (UINT64_C(1023) << 52);
	memcpy(&scale, &bits, sizeof scale);
	/* ln2/64 in two parts, the first with room for kd's bits: kd * hi exact */
	r = x - kd * 0x1.62e42fef00000p-7 - kd * 0x1.473de6af278edp-40;
	p = 1 + r * (1 + r * (1.0 / 2 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120)))));
	return vta_exp2_64[i] * scale * p;
}

#endif
